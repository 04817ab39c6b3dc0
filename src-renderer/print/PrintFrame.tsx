/**
 * The frame every print view uses: the paper size and orientation as CSS @page, a toolbar that
 * never prints, and the `data-print-ready` mark that Electron's printToPDF and the tests wait for.
 * One layout serves the screen preview, Electron's printing and Chromium's PDF.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { PaperSize } from '../../shared/api/bridge';
import './print.css';

export interface PrintFrameProps {
  title: string;
  pageSize: PaperSize;
  landscape: boolean;
  /** True once the data is loaded and drawn; printing waits for it. */
  ready: boolean;
  /** Drawn but still adjusting its layout (e.g. fitting the type to the sheet): printing waits. */
  settling?: boolean;
  error?: string | null;
  /** Page margins in millimetres. */
  marginMm?: number;
  children: ReactNode;
  /** Extra toolbar controls (paper size pickers and the like), screen only. */
  toolbar?: ReactNode;
}

const SIZES_MM: Record<PaperSize, [number, number]> = { A4: [210, 297], A3: [297, 420] };

export function pageWidthMm(pageSize: PaperSize, landscape: boolean, marginMm: number): number {
  const [w, h] = SIZES_MM[pageSize];
  return (landscape ? h : w) - 2 * marginMm;
}

export function PrintFrame({ title, pageSize, landscape, ready, settling = false, error, marginMm = 12, children, toolbar }: PrintFrameProps) {
  const [params] = useSearchParams();
  const autoprint = params.get('autoprint') === '1';

  useEffect(() => {
    document.title = title;
  }, [title]);

  useEffect(() => {
    const body = document.body;
    body.setAttribute('data-print-ready', ready && !settling && !error ? 'true' : 'false');
    return () => body.removeAttribute('data-print-ready');
  }, [ready, settling, error]);

  useEffect(() => {
    if (ready && !settling && !error && autoprint) {
      const timer = setTimeout(() => window.print(), 300);
      return () => clearTimeout(timer);
    }
    return undefined;
  }, [ready, settling, error, autoprint]);

  const pageCss = `@page { size: ${pageSize} ${landscape ? 'landscape' : 'portrait'}; margin: ${marginMm}mm; }`;
  return (
    <div className="print-root">
      <style>{pageCss}</style>
      <div className="print-toolbar no-print">
        <Space wrap>
          <b>{title}</b>
          <span>
            {pageSize} {landscape ? '横向' : '纵向'}
          </span>
          {toolbar}
          <Button type="primary" icon={<PrinterOutlined />} disabled={!ready || settling} onClick={() => window.print()}>
            打印 / 存为 PDF
          </Button>
        </Space>
      </div>
      {error ? <Alert type="error" showIcon message="无法生成打印页" description={error} className="no-print" /> : null}
      {!ready && !error ? <Spin className="no-print" style={{ margin: 40 }} /> : null}
      <div className="print-sheet" style={{ width: `${pageWidthMm(pageSize, landscape, marginMm)}mm` }}>
        {ready && !error ? children : null}
      </div>
    </div>
  );
}
