/**
 * Money fields of the welfare forms: the user types yuan (500, 500.50, ¥1,200), the API gets fen.
 */
import type { Rule } from 'antd/es/form';
import { parseYuanText } from '../../shared/domain/money';
import { fenToYuanText } from '../../shared/welfare/schema';

export { fenToYuanText };

/** A form rule with the same Chinese messages the import and API use. */
export const yuanRule: Rule = {
  validator: async (_rule, value: unknown) => {
    const result = parseYuanText(typeof value === 'string' ? value : value == null ? '' : String(value));
    if (!result.ok) throw new Error(result.message);
  },
};

/** The fen of a field that passed yuanRule (blank is 0). */
export function yuanToFen(value: string | null | undefined): number {
  const result = parseYuanText(value ?? '');
  return result.ok ? result.fen : 0;
}
