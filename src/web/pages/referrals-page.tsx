import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReferralDirectory } from '../features/referrals/referral-directory.tsx';
import { PageTitle } from '../ui/page-title.tsx';

export function ReferralsPage() {
  const { t } = useTranslation('referrals');
  return (
    <Stack gap="md">
      <PageTitle>{t('page.title')}</PageTitle>
      <Text>{t('page.intro')}</Text>
      <ReferralDirectory />
    </Stack>
  );
}
