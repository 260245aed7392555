import { ApiError } from '../../api/client.ts';
import { useErrorMessage } from '../../ui/error-state.tsx';

/**
 * Splits an API problem into messages shown beside the form's fields and one general message for the rest.
 * A field matches its own errors and those of its items (branchIds matches branchIds.0).
 */
export function useFormErrors(error: unknown, fields: readonly string[]) {
  const describe = useErrorMessage();
  const fieldError = (field: string): string | undefined => {
    if (!(error instanceof ApiError)) return undefined;
    return error.fieldError(field) ?? error.problem?.errors?.find((e) => e.field.startsWith(`${field}.`))?.message;
  };
  const shownBesideField = fields.some((field) => fieldError(field) !== undefined);
  const general = error && !shownBesideField ? describe(error) : undefined;
  return { fieldError, general };
}
