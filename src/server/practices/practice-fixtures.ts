import type { CreatePracticeInput } from '../../shared/practices.schema.ts';
import type { TestClient } from '../test/test-app.ts';

let counter = 0;

/** A complete practice body for tests; every call gives a different title. */
export function practiceInput(overrides: Partial<CreatePracticeInput> = {}): CreatePracticeInput {
  counter += 1;
  return {
    title: `Czytelnik pyta o zwrot książki ${counter}`,
    summary: 'Sprawdź konto i wyjaśnij spokojnie.',
    situation: 'Czytelnik nie pamięta terminu zwrotu.',
    signals: ['Pyta o termin', 'Jest niepewny'],
    steps: ['Przywitaj się', 'Sprawdź konto', 'Wyjaśnij', 'Zaproponuj przypomnienie'],
    say: ['„Sprawdzę to dla Pana.”'],
    avoid: ['„Trzeba było pamiętać.”'],
    channels: ['desk', 'phone'],
    attitudes: ['uncertain'],
    needs: ['loan'],
    tags: ['zwrot', 'termin'],
    body: 'Tekst **Markdown**.',
    ...overrides,
  };
}

export async function createDraft(client: TestClient, overrides: Partial<CreatePracticeInput> = {}) {
  const response = await client.request('POST', '/api/practices', practiceInput(overrides));
  if (response.statusCode !== 201) throw new Error(`create failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A published practice, created and published by a reviewer. */
export async function createPublished(reviewer: TestClient, overrides: Partial<CreatePracticeInput> = {}) {
  const draft = await createDraft(reviewer, overrides);
  const response = await reviewer.request('POST', `/api/practices/${draft.id}/publish`, { expectedVersion: draft.version });
  if (response.statusCode !== 200) throw new Error(`publish failed: ${response.statusCode} ${response.body}`);
  return response.json();
}
