/**
 * 教代会设置: co-signer minimum, quorum and passing rule, teacher share, reply days, categories, and
 * the 提案工作委员会's members.
 */
import { Button, Card, Col, Form, InputNumber, Radio, Row, Select, Space, Switch, Typography } from 'antd';
import { voteRuleText } from '../../shared/congress/rules';
import { PASS_BASES, type CongressSettings } from '../../shared/congress/schema';
import { CommitteeEditor } from './CommitteeEditor';
import { useSettingsForm } from '../settings/useSettingsForm';

const FIELDS = ['cosignerMin', 'quorumNumerator', 'quorumDenominator', 'passBase', 'passNumerator', 'passDenominator', 'teacherSharePercent', 'defaultReplyDays', 'replyDayKind', 'categories', 'nonVotingMayPropose', 'womenSharePercent', 'cadreSharePercent', 'committee'];

function Fraction({ num, den, label }: { num: string; den: string; label: string }) {
  return (
    <Form.Item label={label} required>
      <Space>
        <Form.Item name={den} noStyle rules={[{ required: true, message: '请填写' }]}>
          <InputNumber min={1} max={99} precision={0} aria-label={`${label}分母`} style={{ width: 70 }} />
        </Form.Item>
        <span>分之</span>
        <Form.Item name={num} noStyle rules={[{ required: true, message: '请填写' }]}>
          <InputNumber min={1} max={99} precision={0} aria-label={`${label}分子`} style={{ width: 70 }} />
        </Form.Item>
      </Space>
    </Form.Item>
  );
}

export function CongressSettingsSection() {
  const { form, save, submit } = useSettingsForm<'congress.settings.get', 'congress.settings.update', CongressSettings>({
    get: 'congress.settings.get',
    update: 'congress.settings.update',
    invalidates: ['congress.'],
    saved: '教代会设置已保存',
    fields: FIELDS,
  });
  const watched = Form.useWatch([], form);

  const preview =
    watched && watched.quorumNumerator && watched.quorumDenominator && watched.passNumerator && watched.passDenominator && watched.passBase
      ? voteRuleText(watched)
      : '';

  return (
    <Card title="教代会">
      <Typography.Paragraph type="secondary">
        依《学校教职工代表大会规定》：到会代表须达应到代表的三分之二；表决事项须经全体应到代表半数以上赞成方可通过；教师代表应占代表总数的 60% 以上。各地规定不同的，可在此调整。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" style={{ maxWidth: 720 }}>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="cosignerMin" label="附议人最少人数" rules={[{ required: true, message: '请填写' }]}>
              <InputNumber min={0} max={20} precision={0} style={{ width: '100%' }} addonAfter="人" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="defaultReplyDays" label="默认答复期限" rules={[{ required: true, message: '请填写' }]}>
              <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} addonAfter="天" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="replyDayKind" label="答复期限计算方式" tooltip="按工作日计算时，跳过周末和法定节假日，调休上班日照常计算">
              <Radio.Group optionType="button" options={[{ value: '自然日', label: '自然日' }, { value: '工作日', label: '工作日' }]} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="teacherSharePercent" label="教师代表最低比例" rules={[{ required: true, message: '请填写' }]}>
              <InputNumber min={0} max={100} style={{ width: '100%' }} addonAfter="%" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="womenSharePercent" label="女代表最低比例" rules={[{ required: true, message: '请填写' }]}>
              <InputNumber min={0} max={100} style={{ width: '100%' }} addonAfter="%" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="cadreSharePercent" label="中层以上干部代表最高比例" rules={[{ required: true, message: '请填写' }]}>
              <InputNumber min={0} max={100} style={{ width: '100%' }} addonAfter="%" />
            </Form.Item>
          </Col>
          <Col span={8} />
          <Col span={8}>
            <Fraction label="法定到会比例（应到代表的）" num="quorumNumerator" den="quorumDenominator" />
          </Col>
          <Col span={8}>
            <Fraction label="通过须超过" num="passNumerator" den="passDenominator" />
          </Col>
          <Col span={8}>
            <Form.Item name="passBase" label="通过比例的基数">
              <Radio.Group options={PASS_BASES.map((b) => ({ value: b, label: `${b}代表` }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="nonVotingMayPropose"
          label="列席、特邀代表可以提案和附议"
          valuePropName="checked"
          extra="列席、特邀代表没有表决权；按《学校教职工代表大会规定》一般不提案、不附议。本校另有规定的可打开。"
        >
          <Switch aria-label="列席、特邀代表可以提案和附议" />
        </Form.Item>
        {preview ? <Typography.Paragraph>现行规则：{preview}。</Typography.Paragraph> : null}
        <Form.Item name="categories" label="提案类别" rules={[{ required: true, type: 'array', min: 1, message: '至少保留一个类别' }]} extra="输入新类别后按回车添加；已用于提案的类别删除后，原提案保留原类别">
          <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} aria-label="提案类别" />
        </Form.Item>
        <CommitteeEditor />
        <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
          保存教代会设置
        </Button>
      </Form>
    </Card>
  );
}
