/**
 * Picks one member by name or pinyin initials; members who left the union (退会) are shown but
 * cannot be chosen.
 */
import { Select, Tag } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../api/hooks';
import { useDebounced } from '../components/useDebounced';

export interface MemberPickerProps {
  id?: string;
  value?: number | null;
  onChange?(value: number | null): void;
  /** The chosen member's name, shown before the search has loaded. */
  initialLabel?: string;
}

export function MemberPicker({ id, value, onChange, initialLabel }: MemberPickerProps) {
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search);
  const list = useApiQuery('members.list', { search: debounced || undefined, pageSize: 30, sortBy: 'name' }, { placeholderData: (p) => p });
  const rows = list.data?.rows ?? [];
  const options = rows.map((m) => ({
    value: m.id,
    disabled: m.status === '退会',
    label: (
      <span>
        {m.name}
        <span style={{ color: '#888', marginLeft: 8 }}>{m.department ?? ''}</span>
        {m.status !== '在册' ? <Tag style={{ marginLeft: 8 }}>{m.status === '退会' ? '已退会' : m.status}</Tag> : null}
      </span>
    ),
  }));
  if (value && initialLabel && !rows.some((m) => m.id === value)) options.unshift({ value, disabled: false, label: <span>{initialLabel}</span> });
  return (
    <Select
      id={id}
      showSearch
      allowClear
      value={value ?? undefined}
      onChange={(v: number | undefined) => onChange?.(v ?? null)}
      filterOption={false}
      onSearch={setSearch}
      options={options}
      placeholder="输入姓名或拼音首字母查找会员"
      notFoundContent={list.isFetching ? '查找中…' : '没有找到该会员'}
      loading={list.isFetching}
    />
  );
}
