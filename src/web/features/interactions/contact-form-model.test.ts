import { describe, expect, it } from 'vitest';
import { formProblems, initialValues, noteFindings, timeBounds, toCreateInput, toUpdateInput } from './contact-form-model.ts';

const BRANCH = '0190a0b4-0000-7000-8000-000000000001';
const CLIENT = '0190a0b4-0000-7000-8000-0000000000aa';
const now = new Date('2026-11-29T10:00:00');

describe('contact form model', () => {
  it('starts from the defaults and what the practice page or the assistant already knows', () => {
    const values = initialValues({ branchId: BRANCH, channel: 'phone' }, { needs: ['fees'], practiceIds: ['p1'], attitude: 'negative' });
    expect(values).toMatchObject({
      branchId: BRANCH,
      channel: 'phone',
      needs: ['fees'],
      attitude: 'negative',
      effort: 1,
      outcome: 'resolved',
      practiceIds: ['p1'],
      occurredAt: null,
    });
    expect(initialValues({ branchId: null, channel: 'desk' }, { channel: 'chat' }).channel).toBe('chat');
  });

  it('needs a branch and at least one need, nothing else', () => {
    const values = initialValues({ branchId: null, channel: 'desk' });
    expect(formProblems(values, now)).toEqual(['branch', 'needs']);
    expect(formProblems({ ...values, branchId: BRANCH, needs: ['loan'] }, now)).toEqual([]);
  });

  it('blocks a PESEL, an e-mail or a card number in the note, and asks to confirm a phone number', () => {
    const base = { ...initialValues({ branchId: BRANCH, channel: 'desk' }), needs: ['loan' as const] };
    expect(noteFindings('PESEL 44051401359, tel. 601 234 567')).toEqual({ blocking: ['pesel'], warning: ['phone'] });
    expect(formProblems({ ...base, note: 'pisać na jan@wp.pl' }, now)).toEqual(['note_personal_data']);
    expect(formProblems({ ...base, note: 'OPS: 22 123 45 67' }, now)).toEqual(['note_phone']);
    expect(formProblems({ ...base, note: 'OPS: 22 123 45 67', phoneConfirmed: true }, now)).toEqual([]);
    expect(formProblems({ ...base, note: 'x'.repeat(501) }, now)).toEqual(['note_too_long']);
  });

  it('accepts a time within the last 7 days and not in the future', () => {
    const base = { ...initialValues({ branchId: BRANCH, channel: 'desk' }), needs: ['loan' as const] };
    const bounds = timeBounds(now);
    expect(bounds.max).toBe('2026-11-29T10:00');
    expect(bounds.min).toBe('2026-11-22T10:01');
    expect(formProblems({ ...base, occurredAt: '2026-11-28T16:30' }, now)).toEqual([]);
    expect(formProblems({ ...base, occurredAt: '2026-11-29T10:30' }, now)).toEqual(['time']);
    expect(formProblems({ ...base, occurredAt: '2026-11-20T10:00' }, now)).toEqual(['time']);
  });

  it('turns the values into the API input: trimmed note or null, time only when changed', () => {
    const values = { ...initialValues({ branchId: BRANCH, channel: 'desk' }), needs: ['loan' as const], note: '  ' };
    expect(toCreateInput(values, CLIENT)).toEqual({
      clientId: CLIENT,
      branchId: BRANCH,
      channel: 'desk',
      needs: ['loan'],
      attitude: 'neutral',
      effort: 1,
      outcome: 'resolved',
      practiceIds: [],
      returnSuggestions: [],
      note: null,
    });
    const changed = toCreateInput({ ...values, note: ' Oddzwonić ', occurredAt: '2026-11-28T16:30' }, CLIENT);
    expect(changed.note).toBe('Oddzwonić');
    expect(changed.occurredAt).toBe(new Date('2026-11-28T16:30').toISOString());
    expect(toUpdateInput(values)).not.toHaveProperty('clientId');
  });
});
