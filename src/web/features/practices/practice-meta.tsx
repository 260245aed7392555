import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Practice } from '../../../shared/practices.schema.ts';
import { useFormat } from '../../ui/format.ts';
import { IconClock, IconVerified } from './icons.tsx';
import { useBranchesQuery } from './use-practice-queries.ts';

export function useBranchName() {
  const { t } = useTranslation('practices');
  const branches = useBranchesQuery();
  return (branchId: string | null) =>
    branchId === null ? t('branch.library') : (branches.data?.find((branch) => branch.id === branchId)?.name ?? t('branch.unknown'));
}

/** Who answers for the practice and how fresh it is: verification, review date, owner, scope. */
export function PracticeMeta({ practice }: { practice: Practice }) {
  const { t } = useTranslation('practices');
  const format = useFormat();
  const branchName = useBranchName();
  return (
    <Group gap="lg" wrap="wrap" className="practice-meta">
      {practice.verifiedAt && (
        <Group gap={6} wrap="nowrap">
          <IconVerified />
          <Text size="sm">{t('view.verified', { date: format.date(practice.verifiedAt), name: practice.verifiedBy?.name ?? '' })}</Text>
        </Group>
      )}
      {practice.reviewBy && (
        <Group gap={6} wrap="nowrap">
          <IconClock />
          <Text size="sm" fw={practice.stale ? 700 : undefined}>
            {t(practice.stale ? 'view.reviewOverdue' : 'view.reviewBy', { date: format.date(practice.reviewBy) })}
          </Text>
        </Group>
      )}
      {practice.owner && <Text size="sm">{t('view.owner', { name: practice.owner.name })}</Text>}
      <Text size="sm">{t('view.scope', { branch: branchName(practice.branchId) })}</Text>
      <Text size="sm" c="dimmed">
        {t('view.updated', { date: format.dateTime(practice.updatedAt), version: practice.version })}
      </Text>
    </Group>
  );
}
