import { checkResidentId } from '../../shared/domain/resident-id';
import type { MemberData } from '../../shared/members/schema';

/** The ID decides gender and birth date; whatever else was typed is overruled. */
export function applyIdDerivations(data: MemberData): MemberData {
  if (!data.idNumber) return data;
  const id = checkResidentId(data.idNumber);
  if (!id.ok) return data;
  return { ...data, idNumber: id.value, gender: id.gender, birthDate: id.birthDate };
}
