import { useEffect, useReducer } from 'react';
import { z } from 'zod';
import { ReturnSuggestionSchema } from '../../../shared/interactions.schema.ts';
import { AttitudeSchema, NeedSchema } from '../../../shared/practices.schema.ts';
import { CLARITIES, type FlowState, flowReducer, INITIAL_FLOW, MEANS, RESULT_STEP, TEXT_MAX_LENGTH } from './assistant-flow.ts';

const STORAGE_KEY = 'relacja.assistant';
/** A conversation left longer than this belongs to another reader: the assistant starts afresh. */
const FRESH_MS = 30 * 60_000;

const StoredSchema = z.object({
  savedAt: z.number(),
  state: z.object({
    step: z.number().int().min(0).max(RESULT_STEP),
    need: NeedSchema.nullable(),
    attitude: AttitudeSchema.nullable(),
    clarity: z.enum(CLARITIES).nullable(),
    means: z.enum(MEANS).nullable(),
    returns: z.array(ReturnSuggestionSchema),
    text: z.string().max(TEXT_MAX_LENGTH),
    offerDifficult: z.boolean(),
    used: z.object({ id: z.string(), title: z.string() }).nullable(),
  }),
});

function restore(): FlowState {
  try {
    const stored = StoredSchema.safeParse(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null'));
    if (!stored.success || Date.now() - stored.data.savedAt > FRESH_MS) return INITIAL_FLOW;
    return stored.data.state;
  } catch {
    return INITIAL_FLOW;
  }
}

/** The flow survives opening a practice and coming back (within the tab), so the result is still there. */
export function useAssistantFlow() {
  const [state, dispatch] = useReducer(flowReducer, undefined, restore);
  useEffect(() => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ savedAt: Date.now(), state }));
  }, [state]);
  return [state, dispatch] as const;
}
