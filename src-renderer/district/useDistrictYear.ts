/**
 * The year the district is looking at, kept in the address (?year=2026) so every tab and a school's
 * page agree and coming back keeps it. Without one: the newest year any school has reported, or
 * this year when nothing has arrived yet.
 */
import { useSearchParams } from 'react-router-dom';
import { currentYear, REPORT_MIN_YEAR } from '../../shared/report/schema';
import { useApiQuery } from '../api/hooks';

export function useDistrictYear(): { year: number; setYear: (y: number) => void; options: { value: number; label: string }[] } {
  const [params, setParams] = useSearchParams();
  const schools = useApiQuery('district.schools.list', undefined);
  const reported = (schools.data?.schools ?? []).flatMap((s) => s.reportedYears);
  const asked = Number(params.get('year'));
  const fallback = reported.length ? Math.max(...reported) : currentYear();
  const year = Number.isInteger(asked) && asked >= REPORT_MIN_YEAR && asked <= currentYear() + 1 ? asked : fallback;
  const years = new Set<number>([...reported, year, currentYear(), currentYear() - 1]);
  const options = [...years].sort((a, b) => b - a).map((y) => ({ value: y, label: `${y}年` }));
  const setYear = (y: number) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('year', String(y));
        return next;
      },
      { replace: true },
    );
  return { year, setYear, options };
}
