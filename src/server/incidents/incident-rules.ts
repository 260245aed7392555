import type { Branch } from '../../shared/branches.schema.ts';
import type { PersonalDataWarning } from '../../shared/incidents.schema.ts';
import { type PersonalDataKind, personalDataKinds } from '../../shared/personal-data.ts';
import type { RequestContext } from '../auth/actor.ts';
import { getBranch } from '../branches/branches.service.ts';
import type { Database } from '../db/database.ts';
import { AppError, forbidden } from '../errors.ts';

/** Never stored: they identify a reader on their own. Phone and card numbers are only flagged, as they are often the library's own. */
const REFUSED: readonly PersonalDataKind[] = ['pesel', 'email'];
const KIND_NAMES: Record<PersonalDataKind, string> = { pesel: 'PESEL', email: 'e-mail', phone: 'tel.', card_number: 'nr karty' };

/** 400 personal_data_in_text for the first field with a PESEL or an e-mail address; otherwise what to warn about. */
export function checkPersonalData(fields: Record<string, string>): PersonalDataWarning[] {
  const warnings: PersonalDataWarning[] = [];
  for (const [field, text] of Object.entries(fields)) {
    const kinds = personalDataKinds(text);
    const refused = kinds.filter((kind) => REFUSED.includes(kind));
    if (refused.length > 0) {
      throw new AppError('personal_data_in_text', 400, { kinds: refused.map((kind) => KIND_NAMES[kind]).join(', ') }, { field });
    }
    if (kinds.length > 0) warnings.push({ field, kinds });
  }
  return warnings;
}

/**
 * The branch something happened in: the one asked for (which must be the user's own; administrators
 * may name any), or the user's only branch; a user of several branches must say which.
 */
export async function resolveBranch(db: Database, context: RequestContext, branchId: string | undefined): Promise<Branch> {
  const { actor } = context;
  const chosen = branchId ?? (actor.branchIds.length === 1 ? actor.branchIds[0] : undefined);
  if (chosen === undefined) throw new AppError('branch_required', 400, {}, { field: 'branchId' });
  if (actor.role !== 'admin' && !actor.branchIds.includes(chosen)) throw forbidden();
  try {
    return await getBranch(db, context, chosen);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) throw new AppError('unknown_branch', 400, {}, { field: 'branchId' });
    throw error;
  }
}
