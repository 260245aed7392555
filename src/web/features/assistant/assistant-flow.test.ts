import { describe, expect, it } from 'vitest';
import {
  chosenOn,
  type FlowAction,
  type FlowState,
  flowReducer,
  INITIAL_FLOW,
  needsDiagnosis,
  needsReferral,
  optionIndexForKey,
  optionKey,
  RESULT_STEP,
  TEXT_MAX_LENGTH,
} from './assistant-flow.ts';
import { assistantPlan, attitudeFirst, DIAGNOSIS_TAGS, rankSuggestions } from './assistant-plan.ts';

const run = (...actions: FlowAction[]): FlowState => actions.reduce(flowReducer, INITIAL_FLOW);
const choose = (value: string): FlowAction => ({ type: 'choose', value });

describe('flowReducer', () => {
  it('answers a question and goes on with one tap each, five taps to the result', () => {
    const state = run(choose('fees'), choose('negative'), choose('vague'), choose('partly'), choose('events'), { type: 'next' });
    expect(state).toMatchObject({
      step: RESULT_STEP,
      need: 'fees',
      attitude: 'negative',
      clarity: 'vague',
      means: 'partly',
      returns: ['events'],
    });
  });

  it('lets every question be skipped and goes back one step at a time, never before the first', () => {
    const skipped = run({ type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'next' });
    expect(skipped).toEqual({ ...INITIAL_FLOW, step: RESULT_STEP });
    expect(run(choose('loan'), { type: 'back' }, { type: 'back' })).toMatchObject({ step: 0, need: 'loan' });
  });

  it('stops at "aggressive" to offer the difficult-situation mode; going on or back withdraws the offer', () => {
    const offered = run(choose('loan'), choose('aggressive'));
    expect(offered).toMatchObject({ step: 1, attitude: 'aggressive', offerDifficult: true });
    expect(flowReducer(offered, { type: 'next' })).toMatchObject({ step: 2, attitude: 'aggressive', offerDifficult: false });
    expect(flowReducer(offered, { type: 'back' })).toMatchObject({ step: 0, offerDifficult: false });
    expect(flowReducer(offered, choose('friendly'))).toMatchObject({ step: 2, attitude: 'friendly', offerDifficult: false });
  });

  it('toggles several return suggestions without leaving the last question', () => {
    const start = run({ type: 'goto', step: 4 });
    const state = [choose('events'), choose('newsletter'), choose('events'), choose('follow_up')].reduce(flowReducer, start);
    expect(state).toMatchObject({ step: 4, returns: ['newsletter', 'follow_up'] });
    expect(chosenOn(state, 'return')).toEqual(['newsletter', 'follow_up']);
  });

  it('ignores a value that does not belong to the current question', () => {
    expect(run(choose('aggressive'))).toEqual(INITIAL_FLOW);
    expect(run({ type: 'goto', step: RESULT_STEP }, choose('loan'))).toEqual({ ...INITIAL_FLOW, step: RESULT_STEP });
  });

  it('keeps the description across steps, cut to its limit, and starts afresh on reset', () => {
    const state = run({ type: 'text', text: 'x'.repeat(TEXT_MAX_LENGTH + 5) }, choose('digital'));
    expect(state.text).toHaveLength(TEXT_MAX_LENGTH);
    expect(state.step).toBe(1);
    expect(flowReducer(state, { type: 'reset' })).toEqual(INITIAL_FLOW);
    expect(run({ type: 'goto', step: 99 }).step).toBe(RESULT_STEP);
  });

  it('remembers the practice opened from the result until a new conversation', () => {
    const used = run(choose('loan'), { type: 'use', practice: { id: 'p1', title: 'Zwrot książki' } }, { type: 'back' });
    expect(used.used).toEqual({ id: 'p1', title: 'Zwrot książki' });
    expect(flowReducer(used, { type: 'reset' }).used).toBeNull();
  });

  it('says when the need must be diagnosed first and when to refer the reader elsewhere', () => {
    expect(needsDiagnosis(run(choose('loan'), choose('neutral'), choose('unknown')))).toBe(true);
    expect(needsDiagnosis(run(choose('loan'), choose('neutral'), choose('clear')))).toBe(false);
    expect(needsReferral(run({ type: 'goto', step: 3 }, choose('no')))).toBe(true);
    expect(needsReferral(run({ type: 'goto', step: 3 }, choose('yes')))).toBe(false);
  });
});

describe('option keys', () => {
  it('numbers options 1–9 then 0, leaving an eleventh without a key', () => {
    expect([0, 8, 9, 10].map(optionKey)).toEqual(['1', '9', '0', null]);
    expect(['1', '9', '0', 'a', 'Enter'].map(optionIndexForKey)).toEqual([0, 8, 9, null, null]);
  });
});

describe('assistantPlan', () => {
  it('searches the description with the chosen facets and lists the facets most helpful first', () => {
    const plan = assistantPlan(run(choose('fees'), choose('negative'), { type: 'text', text: '  kara za zgubioną kartę ' }));
    expect(plan.search).toEqual({
      q: 'kara za zgubioną kartę',
      needs: ['fees'],
      attitudes: ['negative'],
      limit: 8,
      offset: 0,
      record: 'true',
    });
    expect(plan.facets).toEqual({ needs: ['fees'], attitudes: ['negative'], sort: 'helpful', limit: 8, offset: 0 });
    expect(plan.needOnly).toEqual({ needs: ['fees'], sort: 'helpful', limit: 8, offset: 0 });
    expect(plan.attitudeOnly).toEqual({ attitudes: ['negative'], sort: 'helpful', limit: 8, offset: 0 });
    expect(plan.diagnosis).toBeNull();
  });

  it('does not search without words, and asks for the diagnosing practices when the request is unclear', () => {
    const plan = assistantPlan(run({ type: 'next' }, { type: 'next' }, choose('vague')));
    expect(plan).toMatchObject({ search: null, facets: null, needOnly: null, attitudeOnly: null });
    expect(plan.diagnosis?.tags).toEqual([...DIAGNOSIS_TAGS]);
  });
});

describe('rankSuggestions', () => {
  const item = (id: string) => ({ id, slug: id, title: id, summary: '' });

  it('puts diagnosis first, then the search, then the facets, each practice once', () => {
    const ranked = rankSuggestions({
      diagnosis: [item('d')],
      search: [item('s'), item('d')],
      facets: [item('f1'), item('s'), item('f2'), item('f3')],
      needOnly: [item('n')],
      attitudeOnly: [item('a')],
      attitudeFirst: false,
    });
    expect(ranked.map((suggestion) => [suggestion.id, suggestion.reason])).toEqual([
      ['d', 'diagnosis'],
      ['s', 'search'],
      ['f1', 'facets'],
      ['f2', 'facets'],
      ['f3', 'facets'],
    ]);
  });

  it('fills a short facet list with practices for the need alone, up to eight', () => {
    const many = Array.from({ length: 10 }, (_, index) => item(`n${index}`));
    const ranked = rankSuggestions({
      diagnosis: [],
      search: [],
      facets: [item('f')],
      needOnly: many,
      attitudeOnly: [item('a')],
      attitudeFirst: false,
    });
    expect(ranked).toHaveLength(8);
    expect(ranked[0]?.id).toBe('f');
    expect(ranked[1]?.id).toBe('n0');
  });

  it('fills with practices for a negative or aggressive attitude before those for the need', () => {
    const state = run(choose('information'), choose('aggressive'), { type: 'next' });
    expect(attitudeFirst(state)).toBe(true);
    expect(attitudeFirst(run(choose('information'), choose('uncertain')))).toBe(false);
    const ranked = rankSuggestions({
      diagnosis: [],
      search: [],
      facets: [],
      needOnly: [item('n')],
      attitudeOnly: [item('a')],
      attitudeFirst: true,
    });
    expect(ranked.map((suggestion) => suggestion.id)).toEqual(['a', 'n']);
  });
});
