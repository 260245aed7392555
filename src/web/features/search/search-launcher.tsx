import { Kbd, Text, UnstyledButton } from '@mantine/core';
import { type KeyboardEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconSearch } from './search-icon.tsx';
import { SearchPalette } from './search-palette.tsx';
import { paletteShortcutLabel, usePaletteHotkeys } from './use-palette-hotkeys.ts';
import './search.css';

/** A letter typed on the focused search box starts the query, as if the box were the field itself. */
function typedCharacter(event: KeyboardEvent): string | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.key.length !== 1 || event.key === ' ') return null;
  return event.key;
}

/** The search box of the page header and the palette it opens, also with Ctrl+K or `/` from anywhere. */
export function SearchLauncher() {
  const { t } = useTranslation('search');
  const [opened, setOpened] = useState(false);
  const [query, setQuery] = useState('');
  const open = useCallback((initial = '') => {
    setQuery(initial);
    setOpened(true);
  }, []);
  const openEmpty = useCallback(() => open(), [open]);
  usePaletteHotkeys(openEmpty);

  return (
    <>
      <UnstyledButton
        className="search-trigger"
        onClick={openEmpty}
        onKeyDown={(event) => {
          const character = typedCharacter(event);
          if (character === null) return;
          event.preventDefault();
          // Letters typed before the palette has taken the focus belong to the same query.
          if (opened) setQuery((current) => current + character);
          else open(character);
        }}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        aria-label={t('trigger.label')}
        data-testid="search-trigger"
      >
        <IconSearch />
        <Text component="span" size="sm" visibleFrom="sm" style={{ flex: 1, textAlign: 'left' }}>
          {t('trigger.placeholder')}
        </Text>
        <Kbd size="xs" visibleFrom="sm" aria-hidden="true">
          {paletteShortcutLabel()}
        </Kbd>
      </UnstyledButton>
      <SearchPalette opened={opened} query={query} onQueryChange={setQuery} onClose={() => setOpened(false)} />
    </>
  );
}
