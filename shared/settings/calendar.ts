/**
 * 设置 → 节假日与调休: the user's own calendar entries, for a year the built-in table lacks (the
 * State Council publishes next year's schedule each November) or to correct a day. Each entry says
 * a date is a 休息日 (day off) or a 调休上班日 (worked day); it overrides the table for that date.
 */
import { z } from 'zod';
import { isoDate } from '../api/common';
import { registerFieldLabels } from '../api/zod-messages';
import { formatDateCn } from '../domain/dates';
import { CALENDAR_DAY_KINDS } from '../domain/workdays';

registerFieldLabels(
  { days: '节假日与调休', date: '日期', kind: '类型', note: '说明', orderedDepartments: '部门顺序', name: '部门' },
  'settings.',
);

export const calendarEntrySchema = z.object({
  date: isoDate.refine((v) => v >= '2000-01-01' && v <= '2099-12-31', '日期应在 2000 年至 2099 年之间'),
  kind: z.enum(CALENDAR_DAY_KINDS, '类型只能是 休息日 或 调休上班日'),
  note: z
    .string()
    .max(80)
    .transform((v) => v.trim())
    .pipe(z.string().max(20, '说明不能超过 20 个字'))
    .optional()
    .transform((v) => (v ? v : undefined)),
});

export const calendarSettingsSchema = z.object({
  days: z
    .array(calendarEntrySchema)
    .max(1000, '最多录入 1000 天')
    .superRefine((days, ctx) => {
      const seen = new Map<string, number>();
      days.forEach((d, i) => {
        const first = seen.get(d.date);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'date'],
            message: `${formatDateCn(d.date)}录入了两次（第 ${first + 1} 行和第 ${i + 1} 行），请删去一行`,
          });
        } else seen.set(d.date, i);
      })
    })
    // Kept in date order, so the list in 设置 and the stored value read the same way.
    .transform((days) => [...days].sort((a, b) => a.date.localeCompare(b.date)))
    .default([]),
});
export type CalendarSettings = z.output<typeof calendarSettingsSchema>;
export type CalendarSettingsInput = z.input<typeof calendarSettingsSchema>;

export const calendarSettingsOutput = z.object({
  days: z.array(z.object({ date: z.string(), kind: z.enum(CALENDAR_DAY_KINDS), note: z.string().optional() })),
  /** The years the built-in table covers, for the page to say which years need entering. */
  builtInYears: z.array(z.number().int()),
});
export type CalendarSettingsView = z.output<typeof calendarSettingsOutput>;

/** A notice whose 公示期 was counted again after the calendar changed (see disclosure/reschedule.ts). */
export const rescheduledNoticeSchema = z.object({ id: z.number().int(), title: z.string(), from: z.string(), to: z.string() });
export type RescheduledNotice = z.output<typeof rescheduledNoticeSchema>;

export const calendarUpdateOutput = calendarSettingsOutput.extend({
  /** Notices still before or inside their period whose end date moved on the new calendar. */
  rescheduledNotices: z.array(rescheduledNoticeSchema),
});
