import { Badge, Group, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../shared/search.schema.ts';
import { HighlightedText } from './highlighted-text.tsx';

/** A palette entry: a practice, or the way to the full results page. */
export type PaletteOption = { kind: 'result'; result: SearchResult } | { kind: 'all' };

interface PaletteListProps {
  listId: string;
  label: string;
  options: readonly PaletteOption[];
  active: number;
  total: number;
  optionId: (index: number) => string;
  onActivate: (index: number) => void;
  onChoose: (option: PaletteOption) => void;
}

function ResultContent({ result }: { result: SearchResult }) {
  const { t } = useTranslation('search');
  const snippet = result.snippets[0];
  return (
    <>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Text fw={600} component="span">
          <HighlightedText segments={result.titleSegments} />
        </Text>
        {result.status !== 'published' && (
          <Badge variant="light" color="gray" radius="sm" style={{ flexShrink: 0 }}>
            {t(`practices:status.${result.status}`)}
          </Badge>
        )}
      </Group>
      {result.summary && (
        <Text size="sm" c="dimmed" lineClamp={1}>
          {result.summary}
        </Text>
      )}
      {snippet && (
        <Text size="sm" lineClamp={2}>
          <HighlightedText segments={snippet.segments} />
        </Text>
      )}
    </>
  );
}

/**
 * The listbox of a combobox: focus stays in the search field, which points at the active option with
 * aria-activedescendant; a mouse press must not move focus away from the field either.
 */
export function PaletteList({ listId, label, options, active, total, optionId, onActivate, onChoose }: PaletteListProps) {
  const { t } = useTranslation('search');
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, optionId]);
  return (
    <div id={listId} role="listbox" aria-label={label} className="search-palette-list">
      {options.map((option, index) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the search field handles the keys for every option (aria-activedescendant)
        <div
          key={option.kind === 'result' ? option.result.id : 'all'}
          id={optionId(index)}
          role="option"
          tabIndex={-1}
          aria-selected={index === active}
          className="search-palette-option"
          onMouseDown={(event) => event.preventDefault()}
          onMouseMove={() => index !== active && onActivate(index)}
          onClick={() => onChoose(option)}
        >
          {option.kind === 'result' ? (
            <ResultContent result={option.result} />
          ) : (
            <Text fw={600} c="relacja.8" component="span">
              {t('palette.seeAll', { count: total })}
            </Text>
          )}
        </div>
      ))}
    </div>
  );
}
