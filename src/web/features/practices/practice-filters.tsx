import { Button, Collapse, Group, MultiSelect, Select, SimpleGrid, TagsInput } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ATTITUDES, CHANNELS, NEEDS, PRACTICE_SORTS, PRACTICE_STATUSES } from '../../../shared/practices.schema.ts';
import { useSession } from '../auth/use-session.ts';
import { EMPTY_FILTERS, hasFilters, oneOf, type PracticeFilters } from './list-filters.ts';
import { useBranchesQuery, useStaffQuery } from './use-practice-queries.ts';

interface FiltersProps {
  filters: PracticeFilters;
  onChange: (changes: Partial<PracticeFilters>) => void;
  /** The binder prints a selection, so its order and status are fixed. */
  withSort?: boolean;
}

function useAuthorOptions() {
  const { t } = useTranslation('practices');
  const { user } = useSession();
  const reviewer = user.role !== 'librarian';
  const staff = useStaffQuery(reviewer);
  if (!reviewer || !staff.data) return [{ value: user.id, label: t('filters.me') }];
  return staff.data.map((person) => ({
    value: person.id,
    label: person.id === user.id ? t('filters.meNamed', { name: person.name }) : person.name,
  }));
}

export function PracticeFiltersPanel({ filters, onChange, withSort = true }: FiltersProps) {
  const { t } = useTranslation('practices');
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [opened, panel] = useDisclosure(wide);
  const branches = useBranchesQuery();
  const authors = useAuthorOptions();
  const options = (prefix: string, values: readonly string[]) => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  const branchOptions = [
    { value: 'library', label: t('branch.library') },
    ...(branches.data ?? []).map((b) => ({ value: b.id, label: b.name })),
  ];

  return (
    <section aria-label={t('filters.label')} className="no-print">
      <Group justify="space-between" mb="xs">
        <Button variant="subtle" onClick={panel.toggle} aria-expanded={opened} aria-controls="practice-filters" px={4}>
          {t(opened ? 'filters.hide' : 'filters.show')}
        </Button>
        {hasFilters(filters) && (
          <Button variant="subtle" onClick={() => onChange({ ...EMPTY_FILTERS, sort: filters.sort })}>
            {t('filters.clear')}
          </Button>
        )}
      </Group>
      <Collapse expanded={opened} id="practice-filters">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" pb="md">
          <MultiSelect
            label={t('fields.needs')}
            data={options('need', NEEDS)}
            value={filters.needs}
            onChange={(values) => onChange({ needs: values.filter(oneOf(NEEDS)) })}
            clearable
            clearButtonProps={{ 'aria-label': t('filters.clearField', { field: t('fields.needs') }) }}
          />
          <MultiSelect
            label={t('fields.channels')}
            data={options('channel', CHANNELS)}
            value={filters.channels}
            onChange={(values) => onChange({ channels: values.filter(oneOf(CHANNELS)) })}
            clearable
            clearButtonProps={{ 'aria-label': t('filters.clearField', { field: t('fields.channels') }) }}
          />
          <MultiSelect
            label={t('fields.attitudes')}
            data={options('attitude', ATTITUDES)}
            value={filters.attitudes}
            onChange={(values) => onChange({ attitudes: values.filter(oneOf(ATTITUDES)) })}
            clearable
            clearButtonProps={{ 'aria-label': t('filters.clearField', { field: t('fields.attitudes') }) }}
          />
          <TagsInput
            label={t('fields.tags')}
            description={t('filters.tagsHint')}
            value={filters.tags}
            onChange={(values) => onChange({ tags: values.slice(0, 20) })}
            maxTags={20}
            clearable
            clearButtonProps={{ 'aria-label': t('filters.clearField', { field: t('fields.tags') }) }}
          />
          <MultiSelect
            label={t('filters.status')}
            description={t('filters.statusHint')}
            data={options('status', PRACTICE_STATUSES)}
            value={filters.status}
            onChange={(values) => onChange({ status: values.filter(oneOf(PRACTICE_STATUSES)) })}
            clearable
            clearButtonProps={{ 'aria-label': t('filters.clearField', { field: t('filters.status') }) }}
          />
          <Select
            label={t('filters.branch')}
            data={branchOptions}
            value={filters.branch ?? null}
            onChange={(value) => onChange({ branch: value ?? undefined })}
            placeholder={t('filters.any')}
            clearable
            clearButtonProps={{ 'aria-label': t('filters.clearField', { field: t('filters.branch') }) }}
          />
          <Select
            label={t('filters.author')}
            data={authors}
            value={filters.author ?? null}
            onChange={(value) => onChange({ author: value ?? undefined })}
            placeholder={t('filters.anyone')}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('filters.clearField', { field: t('filters.author') }) }}
          />
          {withSort && (
            <Select
              label={t('filters.sort')}
              data={options('sort', PRACTICE_SORTS)}
              value={filters.sort}
              onChange={(value) => onChange({ sort: PRACTICE_SORTS.find((sort) => sort === value) ?? 'updated' })}
              allowDeselect={false}
            />
          )}
        </SimpleGrid>
      </Collapse>
    </section>
  );
}
