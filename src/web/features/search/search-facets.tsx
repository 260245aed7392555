import { Box, Button, Checkbox, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchFacets } from '../../../shared/search.schema.ts';
import { hasFacetFilters, type SearchPageState } from './search-params.ts';
import type { FacetChanges } from './use-search-page-state.ts';

interface FacetsProps {
  facets: SearchFacets | undefined;
  state: SearchPageState;
  onChange: (changes: FacetChanges) => void;
}

interface FacetGroupProps {
  legend: string;
  hint?: string;
  items: readonly { value: string; count: number }[];
  selected: readonly string[];
  labelOf: (value: string) => string;
  onChange: (values: string[]) => void;
}

const TAGS_SHOWN = 8;

/** A chosen value that no longer has results stays listed (with 0), so it can still be unticked. */
function withSelected(items: readonly { value: string; count: number }[], selected: readonly string[]) {
  const missing = selected.filter((value) => !items.some((item) => item.value === value)).map((value) => ({ value, count: 0 }));
  return [...items, ...missing];
}

function FacetGroup({ legend, hint, items, selected, labelOf, onChange }: FacetGroupProps) {
  const { t } = useTranslation('search');
  const shown = withSelected(items, selected);
  if (shown.length === 0) return null;
  const toggle = (value: string, checked: boolean) => onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  return (
    <Box component="fieldset" className="search-facet">
      <Text component="legend" fw={600} size="sm">
        {legend}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" mb={4}>
          {hint}
        </Text>
      )}
      <Stack gap={6}>
        {shown.map((item) => (
          <Checkbox
            key={item.value}
            label={t('facets.option', { label: labelOf(item.value), count: item.count })}
            checked={selected.includes(item.value)}
            onChange={(event) => toggle(item.value, event.currentTarget.checked)}
          />
        ))}
      </Stack>
    </Box>
  );
}

function TagsGroup({ facets, state, onChange }: FacetsProps & { facets: SearchFacets }) {
  const { t } = useTranslation('search');
  const [all, setAll] = useState(false);
  const items = all ? facets.tags : facets.tags.slice(0, TAGS_SHOWN);
  return (
    <Stack gap={4} align="flex-start">
      <FacetGroup
        legend={t('practices:fields.tags')}
        items={items}
        selected={state.tags}
        labelOf={(tag) => tag}
        onChange={(tags) => onChange({ tags })}
      />
      {facets.tags.length > TAGS_SHOWN && (
        <Button variant="subtle" size="compact-sm" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t('facets.fewerTags') : t('facets.allTags', { count: facets.tags.length })}
        </Button>
      )}
    </Stack>
  );
}

/** Drafts and archived practices are counted only for those who may see them, so the status group shows then only. */
function showsStatus(facets: SearchFacets, state: SearchPageState): boolean {
  return state.status.length > 0 || facets.status.some((item) => item.value !== 'published');
}

export function SearchFacetsPanel({ facets, state, onChange }: FacetsProps) {
  const { t } = useTranslation('search');
  if (!facets) return null;
  const group = (key: 'needs' | 'channels' | 'attitudes', prefix: string) => (
    <FacetGroup
      legend={t(`practices:fields.${key}`)}
      items={facets[key]}
      selected={state[key]}
      labelOf={(value) => t(`practices:${prefix}.${value}`)}
      onChange={(values) => onChange({ [key]: values })}
    />
  );
  return (
    <Stack gap="md" component="section" aria-labelledby="search-facets-title">
      <Title order={2} size="h4" id="search-facets-title">
        {t('facets.title')}
      </Title>
      {hasFacetFilters(state) && (
        <Button
          variant="light"
          size="compact-sm"
          onClick={() => onChange({ needs: [], channels: [], attitudes: [], tags: [], status: [] })}
        >
          {t('facets.clear')}
        </Button>
      )}
      {group('needs', 'need')}
      {group('channels', 'channel')}
      {group('attitudes', 'attitude')}
      <TagsGroup facets={facets} state={state} onChange={onChange} />
      {showsStatus(facets, state) && (
        <FacetGroup
          legend={t('practices:filters.status')}
          hint={t('practices:filters.statusHint')}
          items={facets.status}
          selected={state.status}
          labelOf={(value) => t(`practices:status.${value}`)}
          onChange={(status) => onChange({ status })}
        />
      )}
    </Stack>
  );
}
