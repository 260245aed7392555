import { Button, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS } from '../../../shared/audit.schema.ts';

export interface AuditFilterValues {
  action: string | null;
  actor: string;
  /** Days as YYYY-MM-DD in the user's time zone. */
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilterValues = { action: null, actor: '', from: '', to: '' };

function useActionOptions() {
  const { t } = useTranslation('admin');
  const groups = [...new Set(AUDIT_ACTIONS.map((action) => action.split('.')[0] ?? action))];
  return groups.map((group) => ({
    group: t(`audit.groups.${group}`, { defaultValue: group }),
    items: AUDIT_ACTIONS.filter((action) => action.startsWith(`${group}.`)).map((action) => ({
      value: action,
      label: t(`audit.actions.${action}`),
    })),
  }));
}

export function AuditFilters({ value, onChange }: { value: AuditFilterValues; onChange: (value: AuditFilterValues) => void }) {
  const { t } = useTranslation('admin');
  const options = useActionOptions();
  const rangeInvalid = value.from !== '' && value.to !== '' && value.to < value.from;
  const set = (changes: Partial<AuditFilterValues>) => onChange({ ...value, ...changes });
  return (
    <Group role="search" aria-label={t('audit.filters.label')} align="flex-end" gap="sm">
      <Select
        label={t('audit.filters.action')}
        placeholder={t('audit.filters.anyAction')}
        data={options}
        value={value.action}
        onChange={(action) => set({ action })}
        clearable
        searchable
        w={{ base: '100%', sm: 260 }}
      />
      <TextInput
        label={t('audit.filters.actor')}
        value={value.actor}
        onChange={(event) => set({ actor: event.currentTarget.value })}
        w={{ base: '100%', sm: 260 }}
      />
      <TextInput
        type="date"
        label={t('audit.filters.from')}
        value={value.from}
        max={value.to || undefined}
        onChange={(event) => set({ from: event.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={t('audit.filters.to')}
        value={value.to}
        min={value.from || undefined}
        onChange={(event) => set({ to: event.currentTarget.value })}
        error={rangeInvalid ? t('audit.filters.rangeInvalid') : undefined}
      />
      <Button variant="default" onClick={() => onChange(EMPTY_AUDIT_FILTERS)} disabled={value === EMPTY_AUDIT_FILTERS}>
        {t('audit.filters.reset')}
      </Button>
    </Group>
  );
}
