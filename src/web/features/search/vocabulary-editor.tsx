import { Alert, Anchor, Button, Group, Kbd, Stack, Text, Textarea } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../shared/errors.ts';
import { SEARCH_VOCABULARY_MAX_LENGTH, type SearchVocabulary } from '../../../shared/search.schema.ts';
import { ApiError } from '../../api/client.ts';
import { useErrorMessage } from '../../ui/error-state.tsx';
import { useFormat } from '../../ui/format.ts';
import { useSaveVocabularyMutation } from './use-search-queries.ts';
import { countEntries, hasLineErrors, type LineError, lineErrors, lineRange, type VocabularyField } from './vocabulary-errors.ts';

/** Each message (which names its line) puts the caret on that line, so a long list need not be searched by eye. */
function LineErrorList({ errors, onShow }: { errors: readonly LineError[]; onShow: (line: number) => void }) {
  return (
    <ul className="search-line-errors">
      {errors.map((error) => (
        <li key={error.line}>
          <Anchor component="button" type="button" size="sm" c="inherit" underline="always" onClick={() => onShow(error.line)}>
            {error.message}
          </Anchor>
        </li>
      ))}
    </ul>
  );
}

interface FieldProps {
  field: VocabularyField;
  value: string;
  onChange: (value: string) => void;
  errors: readonly FieldError[] | undefined;
}

function VocabularyTextarea({ field, value, onChange, errors: fieldErrors }: FieldProps) {
  const { t } = useTranslation('search');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const errors = lineErrors(fieldErrors, field);
  const showLine = (line: number) => {
    const { start, end } = lineRange(value, line);
    textarea.current?.focus();
    textarea.current?.setSelectionRange(start, end);
  };
  return (
    <Textarea
      ref={textarea}
      label={t(`vocabulary.${field}.label`)}
      description={t(`vocabulary.${field}.count`, { count: countEntries(value) })}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={errors.length > 0 ? <LineErrorList errors={errors} onShow={showLine} /> : undefined}
      errorProps={{ component: 'div' }}
      autosize
      minRows={8}
      maxRows={24}
      maxLength={SEARCH_VOCABULARY_MAX_LENGTH}
      spellCheck={false}
      // The red border and the messages mark the error; a whole list in red would be hard to read.
      styles={{ input: { fontFamily: 'ui-monospace, monospace', color: 'var(--mantine-color-text)' } }}
    />
  );
}

/** Both lists are saved together; the server checks every line and names the bad ones. */
export function VocabularyEditor({ vocabulary }: { vocabulary: SearchVocabulary }) {
  const { t } = useTranslation('search');
  const format = useFormat();
  const describe = useErrorMessage();
  const save = useSaveVocabularyMutation();
  const [synonyms, setSynonyms] = useState(vocabulary.synonyms);
  const [domainWords, setDomainWords] = useState(vocabulary.domainWords);
  const form = useRef<HTMLFormElement>(null);
  const fieldErrors = save.error instanceof ApiError ? save.error.problem?.errors : undefined;
  const dirty = synonyms !== vocabulary.synonyms || domainWords !== vocabulary.domainWords;
  useHotkeys([['mod+S', () => form.current?.requestSubmit(), { preventDefault: true }]], []);

  return (
    <form
      ref={form}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ synonyms, domainWords });
      }}
    >
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {vocabulary.updatedAt ? t('vocabulary.updatedAt', { date: format.dateTime(vocabulary.updatedAt) }) : t('vocabulary.starter')}
        </Text>
        <VocabularyTextarea field="synonyms" value={synonyms} onChange={setSynonyms} errors={fieldErrors} />
        <VocabularyTextarea field="domainWords" value={domainWords} onChange={setDomainWords} errors={fieldErrors} />
        {save.error && (
          <Alert color="red" role="alert">
            {hasLineErrors(fieldErrors) ? t('vocabulary.fixLines') : describe(save.error)}
          </Alert>
        )}
        <Group>
          <Button
            type="submit"
            loading={save.isPending}
            aria-keyshortcuts="Control+S"
            rightSection={
              <Kbd size="xs" aria-hidden="true" visibleFrom="sm">
                Ctrl+S
              </Kbd>
            }
          >
            {t('vocabulary.save')}
          </Button>
          <Text role="status" size="sm">
            {dirty ? t('vocabulary.unsaved') : save.isSuccess ? t('vocabulary.saved') : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
