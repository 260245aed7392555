import { AppShell, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/use-session.ts';
import { LogContactHeader } from '../interactions/log-contact-header.tsx';
import { LogContactHost } from '../interactions/log-contact-host.tsx';
import { DifficultSituationButton } from '../incidents/difficult-situation-button.tsx';
import { StaffEventsListener } from '../incidents/staff-events-listener.tsx';
import { SearchLauncher } from '../search/search-launcher.tsx';
import { NAV_ITEMS, type NavItem } from './navigation.ts';
import { ShortcutHelp } from './shortcut-help.tsx';
import { UserMenu } from './user-menu.tsx';

/** `?` opens the help on every keyboard layout, also where it is typed without Shift. */
function useQuestionMarkHelp(open: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      const typing =
        target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (event.key === '?' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}

function matches(to: string, pathname: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** Only the most specific matching item is current, so "Do przeglądu" does not also light up "Dobre praktyki". */
function isActive(item: NavItem, pathname: string, items: readonly NavItem[]): boolean {
  if (!matches(item.to, pathname)) return false;
  return !items.some((other) => other.to.length > item.to.length && matches(other.to, pathname));
}

export function AppLayout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [navOpened, nav] = useDisclosure(false);
  const [helpOpened, help] = useDisclosure(false);

  useHotkeys([
    ['alt+h', () => navigate('/')],
    ['alt+a', () => navigate('/assistant'), { usePhysicalKeys: true }],
  ]);
  useQuestionMarkHelp(help.open);

  const visible = NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(user.role));
  const renderItems = (section: NavItem['section']) =>
    visible
      .filter((item) => item.section === section)
      .map((item) => (
        <NavLink
          key={item.to}
          component={Link}
          to={item.to}
          label={t(item.labelKey)}
          active={isActive(item, location.pathname, visible)}
          aria-current={isActive(item, location.pathname, visible) ? 'page' : undefined}
          onClick={nav.close}
        />
      ));
  const adminItems = renderItems('admin');

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="md">
      <a href="#main" className="skip-link">
        {t('skipToContent')}
      </a>
      <AppShell.Header className="no-print">
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} gap="sm" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Text component={Link} to="/" fw={700} size="lg" c="relacja.8" td="none">
              {t('appName')}
            </Text>
          </Group>
          <SearchLauncher />
          <DifficultSituationButton />
          <LogContactHeader />
          <UserMenu onShowShortcuts={help.open} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" className="no-print" aria-label={t('nav.label')}>
        <ScrollArea>
          <nav aria-label={t('nav.main')}>{renderItems('main')}</nav>
          {adminItems.length > 0 && (
            <nav aria-label={t('nav.admin')}>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
                {t('nav.admin')}
              </Text>
              {adminItems}
            </nav>
          )}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
      <ShortcutHelp opened={helpOpened} onClose={help.close} />
      <LogContactHost />
      <StaffEventsListener />
    </AppShell>
  );
}
