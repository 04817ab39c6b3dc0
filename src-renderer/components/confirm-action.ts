/**
 * The confirmation before a delete (or another step that cannot be undone): a red 确认删除 button,
 * 取消, then the call, a success message, or the API's Chinese error. Written once so every area
 * asks the same way.
 */
import type { App } from 'antd';
import type { ReactNode } from 'react';
import { errorMessage } from './form-errors';

type AppApi = ReturnType<typeof App.useApp>;

export function confirmAction<T>(
  { modal, message }: Pick<AppApi, 'modal' | 'message'>,
  options: {
    title: string;
    content: ReactNode;
    okText?: string;
    run(): Promise<T>;
    success: string | ((result: T) => string);
    then?(result: T): void;
  },
): void {
  modal.confirm({
    title: options.title,
    content: options.content,
    okText: options.okText ?? '确认删除',
    okButtonProps: { danger: true },
    cancelText: '取消',
    onOk: async () => {
      try {
        const result = await options.run();
        message.success(typeof options.success === 'string' ? options.success : options.success(result));
        options.then?.(result);
      } catch (error) {
        message.error(errorMessage(error));
      }
    },
  });
}
