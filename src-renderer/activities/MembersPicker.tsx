/**
 * Picks several members by name or pinyin initials (an activity's participants, an honour's
 * holders). Chosen members stay shown with their names while the search shows others.
 */
import { Select, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useApiQuery } from '../api/hooks';
import { useDebounced } from '../components/useDebounced';

export interface PickedMember {
  id: number;
  name: string;
  department?: string | null;
}

export interface MembersPickerProps {
  id?: string;
  value?: number[];
  onChange?(value: number[]): void;
  /** Names of members already chosen (the record being edited). */
  known?: PickedMember[];
  /** Members who left the union (退会) cannot be chosen for something new. */
  allowLeft?: boolean;
  placeholder?: string;
}

export function MembersPicker({ id, value = [], onChange, known = [], allowLeft = false, placeholder = '输入姓名或拼音首字母查找会员，可选多人' }: MembersPickerProps) {
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search);
  const list = useApiQuery('members.list', { search: debounced || undefined, pageSize: 30, sortBy: 'name' }, { placeholderData: (p) => p });
  const names = useRef(new Map<number, PickedMember>(known.map((m) => [m.id, m])));
  const rows = list.data?.rows ?? [];
  for (const m of rows) names.current.set(m.id, { id: m.id, name: m.name, department: m.department });
  const options = rows.map((m) => ({
    value: m.id,
    disabled: m.status === '退会' && !allowLeft && !value.includes(m.id),
    label: (
      <span>
        {m.name}
        <span style={{ color: '#888', marginLeft: 8 }}>{m.department ?? ''}</span>
        {m.status !== '在册' ? <Tag style={{ marginLeft: 8 }}>{m.status === '退会' ? '已退会' : m.status}</Tag> : null}
      </span>
    ),
  }));
  for (const v of value) {
    if (!rows.some((m) => m.id === v)) options.unshift({ value: v, disabled: false, label: <span>{names.current.get(v)?.name ?? `会员 ${v}`}</span> });
  }
  return (
    <Select
      id={id}
      mode="multiple"
      showSearch
      allowClear
      value={value}
      onChange={(v: number[]) => onChange?.(v)}
      filterOption={false}
      onSearch={setSearch}
      onBlur={() => setSearch('')}
      options={options}
      placeholder={placeholder}
      notFoundContent={list.isFetching ? '查找中…' : '没有找到该会员'}
      loading={list.isFetching}
      labelRender={(item) => <span>{names.current.get(Number(item.value))?.name ?? String(item.value)}</span>}
      maxTagCount={12}
      maxTagPlaceholder={(omitted) => `另 ${omitted.length} 人`}
    />
  );
}
