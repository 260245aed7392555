import type { GapGroup } from '../../shared/gaps.schema.ts';
import { contactInput } from '../interactions/interaction-fixtures.ts';
import type { TestClient } from '../test/test-app.ts';

/** A search through the real API, so the search service stores the query as it would at the desk. */
export async function search(client: TestClient, q: string): Promise<{ queryId: string | null; total: number }> {
  const response = await client.request('GET', `/api/search?q=${encodeURIComponent(q)}`);
  if (response.statusCode !== 200) throw new Error(`search failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

export async function logContact(client: TestClient, branchId: string, overrides: Parameters<typeof contactInput>[1] = {}) {
  const response = await client.request('POST', '/api/interactions', contactInput(branchId, overrides));
  if (response.statusCode !== 201) throw new Error(`logging failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

export async function notHelpful(client: TestClient, practiceId: string, comment?: string) {
  const body = comment === undefined ? { helpful: false } : { helpful: false, comment };
  const response = await client.request('POST', `/api/practices/${practiceId}/feedback`, body);
  if (response.statusCode !== 201) throw new Error(`feedback failed: ${response.statusCode} ${response.body}`);
}

export async function gaps(client: TestClient, query = ''): Promise<{ groups: GapGroup[]; total: number; from: string; to: string }> {
  const response = await client.request('GET', `/api/gaps${query}`);
  if (response.statusCode !== 200) throw new Error(`gaps failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** The wording group one of whose words has this lemma, or undefined. */
export function groupWith(groups: readonly GapGroup[], lemma: string): GapGroup | undefined {
  return groups.find((group) => group.match.kind === 'wording' && group.match.words.some((word) => word.includes(lemma)));
}
