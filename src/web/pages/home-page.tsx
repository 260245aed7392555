import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../features/auth/use-session.ts';
import { PracticesHomePanel } from '../features/practices/home-panel.tsx';
import { NAV_ITEMS } from '../features/shell/navigation.ts';
import { PageTitle } from '../ui/page-title.tsx';

export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const shortcuts = NAV_ITEMS.filter((item) => item.cardKey && (!item.roles || item.roles.includes(user.role)));
  return (
    <Stack>
      <PageTitle>{t('home.greeting', { name: user.name.split(' ')[0] ?? user.name })}</PageTitle>
      <Text>{t(`home.intro.${user.role}`)}</Text>
      <PracticesHomePanel />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {shortcuts.map((item) => (
          <Card key={item.to} component={Link} to={item.to} withBorder padding="lg">
            <Text fw={600}>{t(item.labelKey)}</Text>
            <Text size="sm" c="dimmed">
              {t(`home.cards.${item.cardKey}`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
