import { ApiError } from '../api/client.ts';
import { useErrorMessage } from './error-state.tsx';

/** Messages beside the form's fields (also for their items, needs.0) and one general message for the rest. */
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
