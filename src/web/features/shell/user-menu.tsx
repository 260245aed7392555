import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Locale } from '../../../shared/users.schema.ts';
import { useLogoutMutation, usePreferencesMutation, useSession } from '../auth/use-session.ts';

export function UserMenu({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const logout = useLogoutMutation();
  const preferences = usePreferencesMutation();
  const otherLocale: Locale = user.locale === 'pl' ? 'en' : 'pl';
  const initials = user.name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

  return (
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu.open', { name: user.name })} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar color="relacja" radius="xl" size="sm">
              {initials}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm">
              {user.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {user.email} · {t(`roles.${user.role}`)}
        </Menu.Label>
        <Menu.Item onClick={() => preferences.mutate([otherLocale])} lang={otherLocale}>
          {t('userMenu.switchLanguage')}
        </Menu.Item>
        <Menu.Item onClick={() => navigate('/account/password')}>{t('userMenu.changePassword')}</Menu.Item>
        <Menu.Item onClick={onShowShortcuts}>{t('userMenu.shortcuts')}</Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red.9" onClick={() => logout.mutate()}>
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
