import { Select } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../api/hooks';
import { useDebounced } from '../components/useDebounced';

/** Picks a member in the register (在册) by name or pinyin initials, searched on the server. */
export function MemberSelect({ value, onChange, id }: { value?: number; onChange?(v: number): void; id?: string }) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search);
  const list = useApiQuery('members.list', { search: q || undefined, statuses: ['在册'], pageSize: 50, sortBy: 'name' });
  return (
    <Select
      id={id}
      showSearch
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setSearch}
      loading={list.isFetching}
      placeholder="输入姓名或拼音首字母查找会员"
      notFoundContent={list.isFetching ? '查找中…' : '没有找到在册会员'}
      options={(list.data?.rows ?? []).map((m) => ({ value: m.id, label: `${m.name}${m.department ? `（${m.department}）` : ''}` }))}
    />
  );
}
