/**
 * One cell of an import's review table (the roster's and every record set's): shows the file's value, marked red for an error and orange for a
 * warning with the reason on hover; a click turns it into an input, Enter or leaving saves it.
 */
import { Input, Tooltip } from 'antd';
import { useState } from 'react';

/** What a cell needs of an issue: the roster's and every record set's issues have these. */
interface CellIssue {
  level: 'error' | 'warning';
  message: string;
}

interface Props {
  value: string;
  shown: string;
  issues: CellIssue[];
  label: string;
  onChange(value: string): void;
}

export function EditableCell({ value, shown, issues, label, onChange }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const level = issues.some((i) => i.level === 'error') ? 'error' : issues.length ? 'warning' : null;
  if (editing) {
    const save = () => {
      setEditing(false);
      if (draft !== value) onChange(draft);
    };
    return (
      <Input
        size="small"
        autoFocus
        aria-label={`修改${label}`}
        value={draft}
        status={level ?? undefined}
        onChange={(e) => setDraft(e.target.value)}
        onPressEnter={save}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setDraft(value);
            setEditing(false);
          }
        }}
      />
    );
  }
  const cell = (
    <div
      role="button"
      tabIndex={0}
      className={`roster-cell${level ? ` roster-cell-${level}` : ''}`}
      data-level={level ?? undefined}
      aria-label={`${label}：${shown || '空'}${issues.length ? `（${issues.map((i) => i.message).join('；')}）` : ''}，点击修改`}
      onClick={() => {
        setDraft(value);
        setEditing(true);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          setDraft(value);
          setEditing(true);
        }
      }}
    >
      {shown || <span className="roster-cell-empty">（空）</span>}
    </div>
  );
  if (!issues.length) return cell;
  return <Tooltip title={issues.map((i) => i.message).join('；')}>{cell}</Tooltip>;
}
