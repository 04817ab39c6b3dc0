/**
 * 报送上级工会 (on the 年度台账 page): shows what the sending file will carry — school, year, the
 * figures the district reads, how many hardship files, motions and votes — and only then saves
 * 学校名-2026年度台账.xlsx for the U盘, email or chat. Anything to put right first is said, and
 * saving waits until it is.
 */
import { Alert, App, Descriptions, Modal, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { useApi } from '../api/context';
import { useApiQuery } from '../api/hooks';
import { saveDownload } from '../api/platform';
import { QueryError } from '../components/QueryError';
import { errorMessage } from '../components/form-errors';

type Line = { area: string; label: string; value: string };

export function SendLedgerModal({ year, open, onClose }: { year: number; open: boolean; onClose: () => void }) {
  const api = useApi();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  // Always fresh: the figures may have changed since the page was drawn.
  const preview = useApiQuery('district.send.preview', { year }, { enabled: open, staleTime: 0, gcTime: 0 });
  const p = open ? preview.data : undefined;
  const blocked = !p || p.problems.length > 0;

  const send = async () => {
    setBusy(true);
    try {
      const file = await api.call('district.send', { year });
      const result = await saveDownload(file);
      if (result.saved) {
        message.success(result.path ? `已保存报送文件：${result.path}` : `已保存报送文件 ${file.fileName}`);
        onClose();
      }
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={`报送上级工会：${year}年度台账`}
      okText="保存报送文件"
      cancelText="取消"
      okButtonProps={{ disabled: blocked }}
      confirmLoading={busy}
      onOk={() => void send()}
      onCancel={onClose}
      width={Math.min(760, window.innerWidth - 48)}
      destroyOnHidden
    >
      {preview.error ? <QueryError error={preview.error} onRetry={() => void preview.refetch()} /> : null}
      {!p && !preview.error ? <Spin style={{ display: 'block', margin: 32 }} /> : null}
      {p ? (
        <div data-testid="send-preview">
          {p.problems.length ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              message="请先处理以下问题，再生成报送文件"
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {p.problems.map((x) => (
                    <li key={x}>{x}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
          <Typography.Paragraph style={{ marginTop: 0 }}>
            生成的 Excel 工作簿可以用 U盘、电子邮件或聊天软件交给上级工会。上级工会用本程序接收时，会读出下列内容并核对校验码：文件保存后在 Excel 中改动过的，会被拒收，请改好记录后重新生成。
          </Typography.Paragraph>
          <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} labelStyle={{ width: 110 }} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="文件名" span={2}>
              <Typography.Text strong data-testid="send-file-name">
                {p.fileName}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="学校">{p.schoolName || '（未填写）'}</Descriptions.Item>
            <Descriptions.Item label="年度">{p.year}年</Descriptions.Item>
            <Descriptions.Item label="工会">{p.unionName || '（未填写）'}</Descriptions.Item>
            <Descriptions.Item label="随附明细">
              <span data-testid="send-counts">
                困难职工档案 {p.hardship} 份，提案 {p.motions} 件，票决 {p.votes} 项
              </span>
            </Descriptions.Item>
          </Descriptions>
          <Table<Line>
            size="small"
            rowKey={(l) => `${l.area}-${l.label}`}
            pagination={false}
            dataSource={p.lines}
            scroll={{ y: 260 }}
            columns={[
              { title: '类别', dataIndex: 'area', width: 100 },
              { title: '项目', dataIndex: 'label' },
              { title: `${p.year}年`, dataIndex: 'value', align: 'right', width: 160 },
            ]}
            data-testid="send-lines"
          />
          {p.sheets.length ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 4 }}>
              工作簿中供人阅读的工作表：{p.sheets.join('、')}。
            </Typography.Paragraph>
          ) : null}
          <Typography.Paragraph type="warning" style={{ marginBottom: 0 }}>
            工作簿中含有会员姓名等个人信息（身份证号和联系电话已隐去中间数字），请只交给上级工会。
          </Typography.Paragraph>
        </div>
      ) : null}
    </Modal>
  );
}
