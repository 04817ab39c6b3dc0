/**
 * 设置 → 部门顺序: the order departments appear in on every list, filter, export and print.
 */
import { z } from 'zod';
import { requiredText } from '../api/common';

export const departmentOrderView = z.object({
  departments: z.array(z.object({ name: z.string(), memberCount: z.number().int() })),
});
export type DepartmentOrderView = z.output<typeof departmentOrderView>;

export const setDepartmentOrderInput = z.object({
  orderedDepartments: z.array(requiredText(40)).max(500, '部门不能超过 500 个'),
});

export const departmentSuggestionOutput = z.object({ orderedDepartments: z.array(z.string()) });
