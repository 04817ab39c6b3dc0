/**
 * One settings section's load and save: the form is filled when the stored settings arrive, and
 * 保存 validates, sends, reports success, and puts the API's field messages back on the form.
 * Every section of the 设置 page that edits one record uses it.
 */
import { App, Form } from 'antd';
import { useEffect } from 'react';
import type { Input, Method, Output } from '../../shared/api/contract';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { applyServerErrors, errorMessage } from '../components/form-errors';

export interface SettingsFormOptions<G extends Method, U extends Method, V> {
  get: G;
  update: U;
  /** Method-name prefixes whose cached queries are stale after a save. */
  invalidates: string[];
  /** The message shown after a save, e.g. 「教代会设置已保存」. */
  saved: string;
  /** Form field names that may carry the API's field messages. */
  fields?: string[];
  /** Stored settings → form values (default: as they are). */
  toForm?: (data: Output<G>) => V;
  /** Form values → the update's input (default: as they are). */
  toInput?: (values: V) => Input<U>;
}

export function useSettingsForm<G extends Method, U extends Method, V extends object>(options: SettingsFormOptions<G, U, V>) {
  const { get, update, invalidates, saved, fields = [], toForm, toInput } = options;
  const [form] = Form.useForm<V>();
  const { message } = App.useApp();
  const query = useApiQuery(get, undefined as Input<G>);
  const save = useApiMutation(update, invalidates);

  useEffect(() => {
    if (query.data) form.setFieldsValue((toForm ? toForm(query.data) : query.data) as Parameters<typeof form.setFieldsValue>[0]);
    // toForm is a pure mapping; refilling on its identity would overwrite what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query.data, form]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      await save.mutateAsync(toInput ? toInput(values) : (values as unknown as Input<U>));
      message.success(saved);
    } catch (error) {
      applyServerErrors(form, error, fields);
      message.error(errorMessage(error));
    }
  };

  return { form, query, save, submit };
}
