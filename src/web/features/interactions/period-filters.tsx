import { Button, Checkbox, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Channel } from '../../../shared/practices.schema.ts';

export interface PeriodFilterValues {
  from: string;
  to: string;
  branchId: string | null;
  channel: Channel | null;
  mine: boolean;
}

export const EMPTY_FILTERS: PeriodFilterValues = { from: '', to: '', branchId: null, channel: null, mine: false };

interface Props {
  value: PeriodFilterValues;
  onChange: (value: PeriodFilterValues) => void;
  branches: { value: string; label: string }[];
  /** Which filters this page offers. */
  show: { branch: boolean; channel: boolean; mine: boolean };
  onReset?: () => void;
}

export function PeriodFilters({ value, onChange, branches, show, onReset }: Props) {
  const { t } = useTranslation('interactions');
  const set = (patch: Partial<PeriodFilterValues>) => onChange({ ...value, ...patch });
  const reversed = value.from !== '' && value.to !== '' && value.to < value.from;
  return (
    <Group
      component="form"
      role="search"
      aria-label={t('filters.label')}
      align="flex-end"
      gap="sm"
      onSubmit={(event) => event.preventDefault()}
    >
      <TextInput
        type="date"
        label={t('filters.from')}
        value={value.from}
        max={value.to || undefined}
        onChange={(event) => set({ from: event.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={t('filters.to')}
        value={value.to}
        min={value.from || undefined}
        onChange={(event) => set({ to: event.currentTarget.value })}
        error={reversed ? t('filters.reversed') : undefined}
      />
      {show.branch && (
        <Select
          label={t('filters.branch')}
          placeholder={t('filters.allBranches')}
          data={branches}
          value={value.branchId}
          onChange={(branchId) => set({ branchId })}
          clearable
        />
      )}
      {show.channel && (
        <Select
          label={t('filters.channel')}
          placeholder={t('filters.allChannels')}
          data={CHANNELS.map((channel) => ({ value: channel, label: t(`channel.${channel}`) }))}
          value={value.channel}
          onChange={(next) => set({ channel: CHANNELS.find((channel) => channel === next) ?? null })}
          clearable
        />
      )}
      {show.mine && (
        <Checkbox label={t('filters.mine')} checked={value.mine} onChange={(event) => set({ mine: event.currentTarget.checked })} mb={8} />
      )}
      {onReset && (
        <Button variant="subtle" onClick={onReset}>
          {t('filters.reset')}
        </Button>
      )}
    </Group>
  );
}

/** Dates only when both make sense together; an invalid range is not sent. */
export function periodQuery(value: PeriodFilterValues) {
  const reversed = value.from !== '' && value.to !== '' && value.to < value.from;
  return {
    ...(value.from && !reversed ? { from: value.from } : {}),
    ...(value.to && !reversed ? { to: value.to } : {}),
    ...(value.branchId ? { branchId: value.branchId } : {}),
  };
}
