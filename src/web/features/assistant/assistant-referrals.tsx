import { Anchor, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Need } from '../../../shared/practices.schema.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { useSession } from '../auth/use-session.ts';
import { ReferralCard } from '../referrals/referral-card.tsx';
import { useReferralBranchesQuery, useReferralsQuery } from '../referrals/use-referral-queries.ts';

const SHOWN = 4;

/** "Partly" or "no": where to send the reader, from the referral directory, for the chosen need. */
export function AssistantReferrals({ need }: { need: Need | null }) {
  const { t } = useTranslation('assistant');
  const { user } = useSession();
  const branch = user.branchIds.length > 0 ? 'mine' : undefined;
  const list = useReferralsQuery({ need: need ?? undefined, branch });
  const branches = useReferralBranchesQuery();
  const branchName = (id: string | null) => branches.data?.find((item) => item.id === id)?.name ?? null;
  const directory = `/referrals${need ? `?need=${need}` : ''}`;
  const items = list.data?.items ?? [];

  return (
    <Stack component="section" aria-labelledby="assistant-referrals-title" gap="sm">
      <Title order={2} size="h3" id="assistant-referrals-title">
        {t('referrals.title')}
      </Title>
      <Text>{need ? t('referrals.introNeed', { need: t(`option.need.${need}`) }) : t('referrals.intro')}</Text>
      {list.isPending && <Loader size="sm" aria-label={t('common:loading')} />}
      {list.error && <ErrorState error={list.error} />}
      {list.data && items.length === 0 && <Text>{t('referrals.none')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {items.slice(0, SHOWN).map((referral) => (
          <ReferralCard key={referral.id} referral={referral} branchName={branchName(referral.branchId)} />
        ))}
      </SimpleGrid>
      <Anchor component={Link} to={directory}>
        {t('referrals.all')}
      </Anchor>
    </Stack>
  );
}
