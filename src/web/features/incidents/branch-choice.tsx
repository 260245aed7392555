import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { useCurrentBranch } from './current-branch.ts';

/** Shown only to staff of several branches (and administrators): which branch this is about. */
export function BranchChoice({ branch, error }: { branch: ReturnType<typeof useCurrentBranch>; error?: string }) {
  const { t } = useTranslation('incidents');
  if (branch.choices.length < 2) return null;
  return (
    <Select
      label={t('protocol.branch')}
      data={branch.choices.map((choice) => ({ value: choice.id, label: choice.name }))}
      value={branch.branchId}
      onChange={(value) => value && branch.choose(value)}
      allowDeselect={false}
      error={error}
      maw={360}
    />
  );
}
