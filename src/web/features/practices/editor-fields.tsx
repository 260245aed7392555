import { Fieldset, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ATTITUDES, CHANNELS, NEEDS, type PracticeContent, PRACTICE_LANGUAGES } from '../../../shared/practices.schema.ts';
import { useSession } from '../auth/use-session.ts';
import { BodyEditor } from './body-editor.tsx';
import { type EditorState, LIST_FIELDS } from './editor-model.ts';
import { FacetPicker } from './facet-picker.tsx';
import { ListFieldEditor } from './list-field-editor.tsx';
import { useBranchesQuery, useStaffQuery } from './use-practice-queries.ts';

const LIST_LIMITS = { steps: 1000, say: 500, avoid: 500, signals: 500 } as const;

interface EditorFieldsProps {
  state: EditorState;
  onField: <K extends keyof PracticeContent>(field: K, value: PracticeContent[K]) => void;
  onState: (changes: Partial<EditorState>) => void;
  fieldError: (field: string) => string | undefined;
}

function useBranchOptions(current: string | null) {
  const { t } = useTranslation('practices');
  const { user } = useSession();
  const branches = useBranchesQuery();
  const allowed = (branches.data ?? []).filter((b) => user.role === 'admin' || user.branchIds.includes(b.id) || b.id === current);
  return [{ value: 'library', label: t('branch.library') }, ...allowed.map((b) => ({ value: b.id, label: b.name }))];
}

/** Reviewers pick any member of staff; everyone else sees no choice (the API makes the author the owner). */
function OwnerSelect({ state, onState, fieldError }: Pick<EditorFieldsProps, 'state' | 'onState' | 'fieldError'>) {
  const { t } = useTranslation('practices');
  const { user } = useSession();
  const reviewer = user.role !== 'librarian';
  const staff = useStaffQuery(reviewer && state.mode !== 'propose');
  if (!reviewer || state.mode === 'propose') return null;
  const people = (staff.data ?? []).filter((person) => person.active || person.id === state.ownerId);
  return (
    <Select
      label={t('editor.owner')}
      description={t('editor.hints.owner')}
      data={people.map((person) => ({ value: person.id, label: person.name }))}
      value={state.ownerId}
      onChange={(value) => onState({ ownerId: value })}
      error={fieldError('ownerId')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('filters.clearField', { field: t('editor.owner') }) }}
      placeholder={t('editor.ownerAuto')}
    />
  );
}

function BasicFields({ state, onField, onState, fieldError }: EditorFieldsProps) {
  const { t } = useTranslation('practices');
  const branches = useBranchOptions(state.branchId);
  const { content } = state;
  return (
    <Fieldset legend={t('editor.sections.basics')}>
      <Stack>
        <TextInput
          label={t('fields.title')}
          value={content.title}
          onChange={(event) => onField('title', event.currentTarget.value)}
          error={fieldError('title')}
          required
          minLength={3}
          maxLength={200}
          data-autofocus
        />
        <Textarea
          label={t('fields.summary')}
          description={t('editor.hints.summary')}
          value={content.summary}
          onChange={(event) => onField('summary', event.currentTarget.value)}
          error={fieldError('summary')}
          maxLength={1000}
          autosize
          minRows={2}
        />
        <Textarea
          label={t('fields.situation')}
          description={t('editor.hints.situation')}
          value={content.situation}
          onChange={(event) => onField('situation', event.currentTarget.value)}
          error={fieldError('situation')}
          maxLength={4000}
          autosize
          minRows={2}
        />
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <Select
            label={t('editor.branch')}
            data={branches}
            value={state.branchId ?? 'library'}
            onChange={(value) => onState({ branchId: value === null || value === 'library' ? null : value })}
            error={fieldError('branchId')}
            allowDeselect={false}
            disabled={state.mode === 'propose'}
          />
          <Select
            label={t('fields.language')}
            data={PRACTICE_LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
            value={content.language}
            onChange={(value) => onField('language', value === 'en' ? 'en' : 'pl')}
            allowDeselect={false}
          />
          <OwnerSelect state={state} onState={onState} fieldError={fieldError} />
          {state.mode === 'create' && (
            <TextInput
              label={t('editor.slug')}
              description={t('editor.hints.slug')}
              value={state.slug}
              onChange={(event) => onState({ slug: event.currentTarget.value })}
              error={fieldError('slug')}
              maxLength={120}
              pattern="[a-z0-9]+(-[a-z0-9]+)*"
            />
          )}
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}

function DeskFields({ state, onField, fieldError }: EditorFieldsProps) {
  const { t } = useTranslation('practices');
  const itemError = (field: string) => (index: number) => fieldError(`${field}.${index}`);
  return (
    <Fieldset legend={t('editor.sections.desk')}>
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {t('editor.hints.lists')}
        </Text>
        {LIST_FIELDS.map((field) => (
          <Fieldset key={field} legend={t(`fields.${field}`)} variant="unstyled" styles={{ legend: { fontWeight: 600 } }}>
            {fieldError(field) && (
              <Text c="red.9" size="sm" role="alert">
                {fieldError(field)}
              </Text>
            )}
            <ListFieldEditor
              field={field}
              values={state.content[field]}
              onChange={(values) => onField(field, values)}
              maxLength={LIST_LIMITS[field]}
              error={itemError(field)}
            />
          </Fieldset>
        ))}
      </Stack>
    </Fieldset>
  );
}

function FacetFields({ state, onField, fieldError }: EditorFieldsProps) {
  const { t } = useTranslation('practices');
  const { content } = state;
  return (
    <Fieldset legend={t('editor.sections.facets')}>
      <Stack>
        <FacetPicker
          legend={t('fields.needs')}
          labels="need"
          values={NEEDS}
          selected={content.needs}
          onChange={(needs) => onField('needs', needs)}
        />
        <FacetPicker
          legend={t('fields.channels')}
          labels="channel"
          values={CHANNELS}
          selected={content.channels}
          onChange={(channels) => onField('channels', channels)}
        />
        <FacetPicker
          legend={t('fields.attitudes')}
          labels="attitude"
          values={ATTITUDES}
          selected={content.attitudes}
          onChange={(attitudes) => onField('attitudes', attitudes)}
        />
        <TagsInput
          label={t('fields.tags')}
          description={t('editor.hints.tags')}
          value={content.tags}
          onChange={(tags) =>
            onField(
              'tags',
              tags.map((tag) => tag.slice(0, 60)),
            )
          }
          error={fieldError('tags')}
          maxTags={40}
          splitChars={[',', 'Enter']}
          clearable
          clearButtonProps={{ 'aria-label': t('filters.clearField', { field: t('fields.tags') }) }}
        />
      </Stack>
    </Fieldset>
  );
}

/** Every field of the practice/v1 format, grouped the way the practice page shows them. */
export function EditorFields(props: EditorFieldsProps) {
  const { t } = useTranslation('practices');
  const { state, onField, fieldError } = props;
  return (
    <Stack gap="lg">
      <BasicFields {...props} />
      <DeskFields {...props} />
      <FacetFields {...props} />
      <Fieldset legend={t('editor.sections.more')}>
        <Stack>
          <BodyEditor value={state.content.body} onChange={(body) => onField('body', body)} error={fieldError('body')} />
          <TextInput
            label={t('fields.source')}
            description={t('editor.hints.source')}
            value={state.content.source}
            onChange={(event) => onField('source', event.currentTarget.value)}
            error={fieldError('source')}
            maxLength={200}
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
