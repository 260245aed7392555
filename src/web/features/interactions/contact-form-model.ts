import {
  BACKDATE_LIMIT_DAYS,
  type CreateInteractionInput,
  type Interaction,
  NOTE_MAX_LENGTH,
  NOTE_REFUSED_KINDS,
  type Outcome,
  type ReturnSuggestion,
  type UpdateInteractionInput,
} from '../../../shared/interactions.schema.ts';
import { type PersonalDataKind, personalDataKinds } from '../../../shared/personal-data.ts';
import type { Attitude, Channel, Need } from '../../../shared/practices.schema.ts';

/** What another screen (a practice, the desk assistant) already knows about the contact. */
export interface ContactPrefill {
  practiceIds?: string[];
  needs?: Need[];
  attitude?: Attitude;
  channel?: Channel;
  returnSuggestions?: ReturnSuggestion[];
}

export interface ContactFormValues {
  branchId: string | null;
  channel: Channel;
  needs: Need[];
  attitude: Attitude;
  effort: number;
  outcome: Outcome;
  practiceIds: string[];
  returnSuggestions: ReturnSuggestion[];
  note: string;
  /** A local date and time (YYYY-MM-DDTHH:mm) when changed; null means "now". */
  occurredAt: string | null;
  rememberDefaults: boolean;
  /** The user said the phone number in the note is not a reader's. */
  phoneConfirmed: boolean;
}

/** The common case needs only the reader's need: the rest starts at the most frequent answer. */
export function initialValues(defaults: { branchId: string | null; channel: Channel }, prefill: ContactPrefill = {}): ContactFormValues {
  return {
    branchId: defaults.branchId,
    channel: prefill.channel ?? defaults.channel,
    needs: prefill.needs ?? [],
    attitude: prefill.attitude ?? 'neutral',
    effort: 1,
    outcome: 'resolved',
    practiceIds: prefill.practiceIds ?? [],
    returnSuggestions: prefill.returnSuggestions ?? [],
    note: '',
    occurredAt: null,
    rememberDefaults: false,
    phoneConfirmed: false,
  };
}

function localInputValue(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function valuesOf(entry: Interaction): ContactFormValues {
  return {
    branchId: entry.branch.id,
    channel: entry.channel,
    needs: entry.needs,
    attitude: entry.attitude,
    effort: entry.effort,
    outcome: entry.outcome,
    practiceIds: entry.practices.map((practice) => practice.id),
    returnSuggestions: entry.returnSuggestions,
    note: entry.note ?? '',
    occurredAt: localInputValue(entry.occurredAt),
    rememberDefaults: false,
    phoneConfirmed: false,
  };
}

export interface NoteFindings {
  /** Kinds the server refuses: they must go. */
  blocking: PersonalDataKind[];
  /** Kinds worth a second look (phone numbers). */
  warning: PersonalDataKind[];
}

export function noteFindings(note: string): NoteFindings {
  const kinds = personalDataKinds(note);
  return {
    blocking: kinds.filter((kind) => NOTE_REFUSED_KINDS.includes(kind)),
    warning: kinds.filter((kind) => !NOTE_REFUSED_KINDS.includes(kind)),
  };
}

export type FormProblem = 'branch' | 'needs' | 'note_personal_data' | 'note_phone' | 'note_too_long' | 'time';

/** The earliest and latest time a contact may be given, as datetime-local values. */
export function timeBounds(now: Date): { min: string; max: string } {
  return {
    min: localInputValue(new Date(now.getTime() - BACKDATE_LIMIT_DAYS * 86_400_000 + 60_000).toISOString()),
    max: localInputValue(now.toISOString()),
  };
}

export function formProblems(values: ContactFormValues, now: Date): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!values.branchId) problems.push('branch');
  if (values.needs.length === 0) problems.push('needs');
  const findings = noteFindings(values.note);
  if (findings.blocking.length > 0) problems.push('note_personal_data');
  else if (findings.warning.length > 0 && !values.phoneConfirmed) problems.push('note_phone');
  if (values.note.trim().length > NOTE_MAX_LENGTH) problems.push('note_too_long');
  if (values.occurredAt !== null) {
    const bounds = timeBounds(now);
    if (values.occurredAt < bounds.min || values.occurredAt > bounds.max) problems.push('time');
  }
  return problems;
}

function occurredAtIso(values: ContactFormValues): string | undefined {
  return values.occurredAt === null ? undefined : new Date(values.occurredAt).toISOString();
}

export function toCreateInput(values: ContactFormValues, clientId: string): CreateInteractionInput {
  const occurredAt = occurredAtIso(values);
  return {
    clientId,
    branchId: values.branchId ?? '',
    channel: values.channel,
    needs: values.needs,
    attitude: values.attitude,
    effort: values.effort,
    outcome: values.outcome,
    practiceIds: values.practiceIds,
    returnSuggestions: values.returnSuggestions,
    note: values.note.trim() === '' ? null : values.note.trim(),
    ...(occurredAt ? { occurredAt } : {}),
  };
}

export function toUpdateInput(values: ContactFormValues): UpdateInteractionInput {
  const { clientId: _unused, ...changes } = toCreateInput(values, '');
  return changes;
}
