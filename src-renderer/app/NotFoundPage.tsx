import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';

export function NotFoundPage() {
  const navigate = useNavigate();
  return <Result status="404" title="没有这个页面" extra={<Button onClick={() => navigate('/')}>回到首页</Button>} />;
}
