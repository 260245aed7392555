import { z } from 'zod';
import { BranchSchema } from '../../../shared/branches.schema.ts';
import {
  type AlertInput,
  AlertReceiptSchema,
  type CheckInInput,
  CheckInReceiptSchema,
  CheckInSchema,
  type CreateIncidentInput,
  type UpdateIncidentInput,
  IncidentCountsSchema,
  IncidentReceiptSchema,
  IncidentSchema,
  MyNotesSchema,
  TalkRequestListSchema,
  TalkRequestSchema,
} from '../../../shared/incidents.schema.ts';
import { type Practice, PracticePageSchema, PracticeSchema } from '../../../shared/practices.schema.ts';
import { BranchSafetyContactsSchema, type SaveSafetyContactsInput } from '../../../shared/safety-contacts.schema.ts';
import { api, queryString } from '../../api/client.ts';

export const sendAlert = (input: AlertInput) => api('/api/incidents/alerts', AlertReceiptSchema, { method: 'POST', body: input });
export const createIncident = (input: CreateIncidentInput) => api('/api/incidents', IncidentReceiptSchema, { method: 'POST', body: input });
export const updateIncident = (id: string, input: UpdateIncidentInput) =>
  api(`/api/incidents/${id}`, IncidentReceiptSchema, { method: 'PATCH', body: input });
export const eraseIncidentNote = (id: string) => api(`/api/incidents/${id}/notes`, IncidentSchema, { method: 'DELETE' });
export const eraseCheckInNote = (id: string) => api(`/api/check-ins/${id}/note`, CheckInSchema, { method: 'DELETE' });
export const createCheckIn = (input: CheckInInput) => api('/api/check-ins', CheckInReceiptSchema, { method: 'POST', body: input });
export const fetchMyNotes = () => api('/api/incidents/mine', MyNotesSchema);
export const fetchCounts = (period: { from?: string; to?: string }) =>
  api(`/api/incidents/counts${queryString(period)}`, IncidentCountsSchema);
export const fetchTalkRequests = (state: 'open' | 'done') => api(`/api/talk-requests${queryString({ state })}`, TalkRequestListSchema);
export const completeTalkRequest = (id: string) => api(`/api/talk-requests/${id}/done`, TalkRequestSchema, { method: 'POST' });
export const fetchBranches = () => api('/api/branches', z.array(BranchSchema));
export const fetchSafetyContacts = (branchId: string) => api(`/api/branches/${branchId}/safety-contacts`, BranchSafetyContactsSchema);
export const saveSafetyContacts = (branchId: string, input: SaveSafetyContactsInput) =>
  api(`/api/branches/${branchId}/safety-contacts`, BranchSafetyContactsSchema, { method: 'PUT', body: input });

const PROTOCOL_SIZE = 6;

/**
 * Practices for aggressive or distressed readers at the desk: those marked "aggressive" and those
 * tagged for de-escalation or crisis; practices in both lists first. Whole practices, for their steps.
 */
export async function fetchProtocolPractices(): Promise<Practice[]> {
  const common = { channels: 'desk', limit: 20 };
  const [aggressive, tagged] = await Promise.all([
    api(`/api/practices${queryString({ ...common, attitudes: 'aggressive' })}`, PracticePageSchema),
    api(
      `/api/practices${queryString({ ...common, tags: 'deeskalacja,kryzys psychiczny,agresja,agresja słowna,przemoc' })}`,
      PracticePageSchema,
    ),
  ]);
  const taggedIds = new Set(tagged.items.map((item) => item.id));
  const both = aggressive.items.filter((item) => taggedIds.has(item.id));
  const ordered = [...both, ...aggressive.items, ...tagged.items];
  const unique = ordered.filter((item, index) => ordered.findIndex((other) => other.id === item.id) === index);
  return Promise.all(unique.slice(0, PROTOCOL_SIZE).map((item) => api(`/api/practices/${item.id}`, PracticeSchema)));
}
