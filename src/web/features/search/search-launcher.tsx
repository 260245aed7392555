import { Kbd, Text, UnstyledButton } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconSearch } from './search-icon.tsx';
import { SearchPalette } from './search-palette.tsx';
import { paletteShortcutLabel, typedCharacter, usePaletteHotkeys } from './use-palette-hotkeys.ts';
import './search.css';

const SHORTCUT_KEYS = [' ', '/', '?'];

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
          // A letter typed on the focused box starts the query, as if the box were the field itself; space activates
          // the button, and `/` and `?` keep their meaning as shortcuts.
          const character = typedCharacter(event);
          if (character === null || SHORTCUT_KEYS.includes(character) || opened || event.defaultPrevented) return;
          event.preventDefault();
          open(character);
        }}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        aria-label={t('trigger.label')}
      >
        <IconSearch />
        <Text
          component="span"
          size="sm"
          visibleFrom="sm"
          style={{ flex: 1, textAlign: 'left', overflow: 'hidden', textOverflow: 'ellipsis' }}
        >
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
