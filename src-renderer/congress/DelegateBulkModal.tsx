/**
 * 从花名册选择代表: many members at once, filtered by department, select all; 是否教师 starts from
 * the member's department and title (行政、后勤 → 否) and can be changed per row before saving.
 */
import { App, Col, DatePicker, Form, Input, Modal, Radio, Row, Select, Switch, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { chineseNumber } from '../../shared/congress/rules';
import { DELEGATE_KINDS, type DelegateCandidate, type DelegateKind } from '../../shared/congress/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { errorMessage } from '../components/form-errors';
import { isoOf } from './form-dates';

export function DelegateBulkModal({ open, term, onClose }: { open: boolean; term: number; onClose(): void }) {
  const { message } = App.useApp();
  const [department, setDepartment] = useState<string | undefined>(undefined);
  const [selected, setSelected] = useState<number[]>([]);
  const [teacher, setTeacher] = useState<Record<number, boolean>>({});
  const [kind, setKind] = useState<DelegateKind>('正式');
  const [delegation, setDelegation] = useState('');
  const [electedOn, setElectedOn] = useState<Dayjs | null>(null);
  const departments = useApiQuery('members.departments', undefined, { enabled: open });
  const candidates = useApiQuery('congress.delegates.candidates', { term, department }, { enabled: open });
  const add = useApiMutation('congress.delegates.addMany', ['congress.']);

  useEffect(() => {
    if (!open) return;
    setSelected([]);
    setTeacher({});
    setDepartment(undefined);
    setKind('正式');
    setDelegation('');
    setElectedOn(null);
  }, [open]);

  const rows = useMemo(() => candidates.data ?? [], [candidates.data]);
  const isTeacher = (c: DelegateCandidate) => teacher[c.memberId] ?? c.isTeacherGuess;

  const submit = async () => {
    if (selected.length === 0) {
      message.error('请至少选择一名会员');
      return;
    }
    const byId = new Map(rows.map((c) => [c.memberId, c]));
    try {
      const saved = await add.mutateAsync({
        term,
        memberIds: selected,
        teacherMemberIds: selected.filter((id) => {
          const c = byId.get(id);
          return teacher[id] ?? c?.isTeacherGuess ?? true;
        }),
        delegateKind: kind,
        delegation: delegation.trim() || null,
        electedOn: isoOf(electedOn),
      });
      message.success(`已添加 ${saved.added} 名第${chineseNumber(term)}届代表`);
      onClose();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      title={`从花名册选择第${chineseNumber(term)}届代表`}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={selected.length ? `添加所选 ${selected.length} 人` : '添加'}
      cancelText="取消"
      confirmLoading={add.isPending}
      destroyOnHidden
      width={900}
    >
      <Form layout="vertical">
        <Row gutter={16}>
          <Col span={7}>
            <Form.Item label="部门">
              <Select
                aria-label="按部门筛选"
                allowClear
                placeholder="全部部门"
                value={department}
                onChange={(v?: string) => setDepartment(v)}
                options={(departments.data ?? []).map((d) => ({ value: d, label: d }))}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="代表类别">
              <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as DelegateKind)} options={DELEGATE_KINDS.map((k) => ({ value: k, label: k }))} optionType="button" size="small" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="代表团/代表组">
              <Input aria-label="代表团/代表组" maxLength={30} value={delegation} onChange={(e) => setDelegation(e.target.value)} placeholder="例如 第一代表团" />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item label="当选日期">
              <DatePicker aria-label="当选日期" style={{ width: '100%' }} value={electedOn} onChange={(d) => setElectedOn(d)} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Table<DelegateCandidate>
        rowKey="memberId"
        size="small"
        loading={candidates.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ y: 340 }}
        locale={{ emptyText: '没有可选的在册会员（已是本届代表的不再列出）' }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]), preserveSelectedRowKeys: true }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 100 },
          { title: '性别', dataIndex: 'gender', width: 60 },
          { title: '部门', dataIndex: 'department', width: 140 },
          { title: '职称', dataIndex: 'title', width: 120 },
          { title: '职务', dataIndex: 'position', width: 120, render: (p: string | null, c) => <>{p}{c.cadre ? <Tag style={{ marginLeft: 4 }}>中层以上</Tag> : null}</> },
          {
            title: '是否教师',
            key: 'teacher',
            width: 90,
            render: (_: unknown, c) => (
              <Switch
                size="small"
                aria-label={`${c.name} 是否教师`}
                checked={isTeacher(c)}
                checkedChildren="是"
                unCheckedChildren="否"
                onChange={(on) => setTeacher((t) => ({ ...t, [c.memberId]: on }))}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
