import { RETURN_SUGGESTIONS, type ReturnSuggestion } from '../../../shared/interactions.schema.ts';
import { ATTITUDES, type Attitude, NEEDS, type Need } from '../../../shared/practices.schema.ts';

export const CLARITIES = ['clear', 'vague', 'unknown'] as const;
export type Clarity = (typeof CLARITIES)[number];
export const MEANS = ['yes', 'partly', 'no'] as const;
export type Means = (typeof MEANS)[number];

/** The five questions in the order they are asked; after the last one comes the result. */
export const STEPS = ['need', 'attitude', 'clarity', 'means', 'return'] as const;
export type StepId = (typeof STEPS)[number];
export const RESULT_STEP = STEPS.length;
export const TEXT_MAX_LENGTH = 300;

export const STEP_OPTIONS: { [K in StepId]: readonly string[] } = {
  need: NEEDS,
  attitude: ATTITUDES,
  clarity: CLARITIES,
  means: MEANS,
  return: RETURN_SUGGESTIONS,
};

export interface FlowState {
  /** 0–4: a question; RESULT_STEP: the result. */
  step: number;
  need: Need | null;
  attitude: Attitude | null;
  clarity: Clarity | null;
  means: Means | null;
  returns: ReturnSuggestion[];
  text: string;
  /** The reader was found aggressive: the difficult-situation mode is offered before going on. */
  offerDifficult: boolean;
  /** The practice last opened from the result: the one used, for the logged contact. */
  used: { id: string; title: string } | null;
}

export type FlowAction =
  | { type: 'choose'; value: string }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'goto'; step: number }
  | { type: 'text'; text: string }
  | { type: 'use'; practice: { id: string; title: string } }
  | { type: 'reset' };

export const INITIAL_FLOW: FlowState = {
  step: 0,
  need: null,
  attitude: null,
  clarity: null,
  means: null,
  returns: [],
  text: '',
  offerDifficult: false,
  used: null,
};

export function stepId(step: number): StepId | null {
  return STEPS[step] ?? null;
}

export function isMultiple(step: StepId): boolean {
  return step === 'return';
}

/** Number keys 1–9 then 0 choose the first ten options; an eleventh has no key. */
export function optionKey(index: number): string | null {
  if (index < 9) return String(index + 1);
  return index === 9 ? '0' : null;
}

export function optionIndexForKey(key: string): number | null {
  if (!/^[0-9]$/.test(key)) return null;
  return key === '0' ? 9 : Number(key) - 1;
}

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

const advance = (state: FlowState): FlowState => ({ ...state, step: Math.min(state.step + 1, RESULT_STEP), offerDifficult: false });

/** One tap answers a question and goes on; "aggressive" stops to offer the difficult-situation mode first. */
function choose(state: FlowState, value: string): FlowState {
  const step = stepId(state.step);
  if (step === 'need' && isOneOf(NEEDS, value)) return advance({ ...state, need: value });
  if (step === 'attitude' && isOneOf(ATTITUDES, value)) {
    return value === 'aggressive' ? { ...state, attitude: value, offerDifficult: true } : advance({ ...state, attitude: value });
  }
  if (step === 'clarity' && isOneOf(CLARITIES, value)) return advance({ ...state, clarity: value });
  if (step === 'means' && isOneOf(MEANS, value)) return advance({ ...state, means: value });
  if (step === 'return' && isOneOf(RETURN_SUGGESTIONS, value)) return { ...state, returns: toggle(state.returns, value) };
  return state;
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'choose':
      return choose(state, action.value);
    case 'next':
      return advance(state);
    case 'back':
      return { ...state, step: Math.max(state.step - 1, 0), offerDifficult: false };
    case 'goto':
      return { ...state, step: Math.min(Math.max(action.step, 0), RESULT_STEP), offerDifficult: false };
    case 'text':
      return { ...state, text: action.text.slice(0, TEXT_MAX_LENGTH) };
    case 'use':
      return { ...state, used: { id: action.practice.id, title: action.practice.title } };
    case 'reset':
      return INITIAL_FLOW;
  }
}

/** What is chosen on a step, to mark the options. */
export function chosenOn(state: FlowState, step: StepId): readonly string[] {
  const values: { [K in StepId]: readonly string[] } = {
    need: state.need ? [state.need] : [],
    attitude: state.attitude ? [state.attitude] : [],
    clarity: state.clarity ? [state.clarity] : [],
    means: state.means ? [state.means] : [],
    return: state.returns,
  };
  return values[step];
}

/** The reader's request is unclear, so the practices about finding out what they need come first. */
export function needsDiagnosis(state: FlowState): boolean {
  return state.clarity === 'vague' || state.clarity === 'unknown';
}

/** "Partly" or "no": the referral directory is shown beside the practices. */
export function needsReferral(state: FlowState): boolean {
  return state.means === 'partly' || state.means === 'no';
}
