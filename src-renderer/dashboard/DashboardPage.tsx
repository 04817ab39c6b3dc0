import { Col, Row } from 'antd';
import { PageHeader } from '../components/PageHeader';
import { dashboardCards } from './cards';

export function DashboardPage() {
  return (
    <div>
      <PageHeader title="首页" />
      <Row gutter={[16, 16]}>
        {dashboardCards.map(({ key, Card }) => (
          <Col key={key} xs={24} xl={12}>
            <Card />
          </Col>
        ))}
      </Row>
    </div>
  );
}
