import { Group, Kbd, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type Dispatch, type InputHTMLAttributes, type SetStateAction, useCallback, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../ui/error-state.tsx';
import { PaletteList } from './palette-results.tsx';
import { DidYouMean, NoResults } from './search-empty.tsx';
import { IconSearch } from './search-icon.tsx';
import { optionsOf, type PaletteSearch, useListKeys, usePaletteActions, usePaletteSearch } from './use-palette.ts';
import { useEarlyTyping } from './use-palette-hotkeys.ts';

/** Marks the palette's root (the attribute on the Modal below), so early typing is told from typing inside it. */
const PALETTE_ATTRIBUTE = 'data-search-palette';

interface SearchPaletteProps {
  opened: boolean;
  query: string;
  onQueryChange: Dispatch<SetStateAction<string>>;
  onClose: () => void;
}

function KeyHints() {
  const { t } = useTranslation('search');
  return (
    <Group gap="md" justify="flex-end">
      <Text size="xs" c="dimmed">
        <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> {t('palette.keys.move')}
      </Text>
      <Text size="xs" c="dimmed">
        <Kbd size="xs">Enter</Kbd> {t('palette.keys.open')}
      </Text>
      <Text size="xs" c="dimmed">
        <Kbd size="xs">Esc</Kbd> {t('palette.keys.close')}
      </Text>
    </Group>
  );
}

/** The count is announced as it changes; while the first answer loads, that it is coming. */
function PaletteStatus({ query, search }: { query: string; search: PaletteSearch }) {
  const { t } = useTranslation('search');
  const describe = useErrorMessage();
  const { answer, fetching, error } = search;
  let status = '';
  if (query.trim() !== '' && answer) status = t('palette.count', { count: answer.response.total });
  else if (query.trim() !== '' && fetching) status = t('palette.searching');
  return (
    <>
      <Text role="status" size="sm" fw={600}>
        {status}
      </Text>
      {error && !answer && (
        <Text c="red" size="sm" role="alert">
          {describe(error)}
        </Text>
      )}
    </>
  );
}

interface ComboboxIds {
  list: string;
  hint: string;
  option: (index: number) => string;
}

/** The ARIA 1.2 combobox: focus stays in the field, which points at the active option. */
function comboboxProps(ids: ComboboxIds, count: number, active: number): InputHTMLAttributes<HTMLInputElement> {
  return {
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': count > 0,
    'aria-controls': count > 0 ? ids.list : undefined,
    'aria-activedescendant': count > 0 ? ids.option(active) : undefined,
    'aria-describedby': ids.hint,
  };
}

export function SearchPalette({ opened, query, onQueryChange, onClose }: SearchPaletteProps) {
  const { t } = useTranslation('search');
  const baseId = useId();
  const input = useRef<HTMLInputElement>(null);
  const search = usePaletteSearch(query, opened);
  const { answer } = search;
  const actions = usePaletteActions(query, search, onClose);
  const options = optionsOf(answer?.response);
  const keys = useListKeys(options, query, (index) => actions.choose(options[index]));
  const appendTyped = useCallback((character: string) => onQueryChange((current) => current + character), [onQueryChange]);
  useEarlyTyping(opened, PALETTE_ATTRIBUTE, appendTyped);
  const optionId = useCallback((index: number) => `${baseId}-option-${index}`, [baseId]);
  const ids: ComboboxIds = { list: `${baseId}-list`, hint: `${baseId}-hint`, option: optionId };

  return (
    <Modal data-search-palette opened={opened} onClose={actions.dismiss} title={t('palette.title')} size="xl" yOffset="8vh">
      <Stack gap="sm">
        <TextInput
          data-autofocus
          ref={input}
          value={query}
          onChange={(event) => onQueryChange(event.currentTarget.value)}
          onKeyDown={keys.onKeyDown}
          placeholder={t('palette.placeholder')}
          aria-label={t('palette.input')}
          {...comboboxProps(ids, options.length, keys.active)}
          autoComplete="off"
          size="md"
          maxLength={1000}
          leftSection={search.fetching ? <Loader size="xs" /> : <IconSearch />}
        />
        <Text id={ids.hint} size="sm" c="dimmed">
          {t('palette.hint')}
        </Text>
        <PaletteStatus query={query} search={search} />
        {answer?.response.didYouMean && (
          <DidYouMean
            suggestion={answer.response.didYouMean}
            onChoose={(suggestion) => {
              onQueryChange(suggestion);
              input.current?.focus();
            }}
          />
        )}
        {answer && answer.response.total === 0 && <NoResults query={answer.params.q} onNavigate={actions.reportGap} />}
        {options.length > 0 && (
          <PaletteList
            listId={ids.list}
            label={t('palette.results')}
            options={options}
            active={keys.active}
            total={answer?.response.total ?? 0}
            optionId={optionId}
            onActivate={keys.setActive}
            onChoose={actions.choose}
          />
        )}
        <KeyHints />
      </Stack>
    </Modal>
  );
}
