import { DataList, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../shared/users.schema.ts';

const ROLE_NAMES: readonly string[] = ROLES;
const TRANSLATED_VALUES = new Set(['reason', 'credential']);

function useValueFormatter(branchNames: ReadonlyMap<string, string>) {
  const { t } = useTranslation('admin');
  const none = t('audit.details.none');
  const one = (key: string, value: unknown): string => {
    if (typeof value !== 'string') return value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);
    if (TRANSLATED_VALUES.has(key)) return t(`audit.details.values.${key}.${value}`, { defaultValue: value });
    if (key === 'changed') return t(`audit.details.values.field.${value}`, { defaultValue: value });
    if (ROLE_NAMES.includes(value)) return t(`common:roles.${value}`);
    return branchNames.get(value) ?? value;
  };
  return (key: string, value: unknown): string => {
    if (!Array.isArray(value)) return one(key, value);
    return value.length > 0 ? value.map((item) => one(key, item)).join(', ') : none;
  };
}

/** An audit entry's details as labelled values: roles and reasons translated, branch ids shown by name. */
export function AuditDetails({ details, branchNames }: { details: Record<string, unknown>; branchNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('admin');
  const format = useValueFormatter(branchNames);
  const entries = Object.entries(details);
  if (entries.length === 0) return <Text size="sm">{t('audit.details.none')}</Text>;
  return (
    <DataList size="sm" gap={2}>
      {entries.map(([key, value]) => (
        <DataList.Item key={key}>
          <DataList.ItemLabel>{t(`audit.details.keys.${key}`, { defaultValue: key })}</DataList.ItemLabel>
          <DataList.ItemValue>{format(key, value)}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
