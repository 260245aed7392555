import { Box, Button, Kbd, Modal, useMatches } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/use-session.ts';
import { DifficultSituationProtocol } from './difficult-situation-protocol.tsx';

/** A life buoy: help is near. Decorative; the button carries the name. */
function IconLifeBuoy() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9" />
      <circle cx="12" cy="12" r="4" />
      <path d="M5.6 5.6l3.6 3.6M14.8 14.8l3.6 3.6M18.4 5.6l-3.6 3.6M9.2 14.8l-3.6 3.6" />
    </svg>
  );
}

/** Always in the header: opens the protocol at once, also with Alt+T while typing in a field. */
export function DifficultSituationButton() {
  const { t } = useTranslation('incidents');
  const [opened, protocol] = useDisclosure(false);
  const wide = useMatches({ base: false, md: true });
  const { user } = useSession();
  useHotkeys([['alt+t', protocol.open, { usePhysicalKeys: true }]], []);

  // Until the one-time password is replaced, the API answers nothing the protocol needs.
  if (user.mustChangePassword) return null;
  return (
    <>
      <Button
        color="indigo.8"
        onClick={protocol.open}
        aria-keyshortcuts="Alt+T"
        aria-haspopup="dialog"
        aria-label={t('button')}
        leftSection={<IconLifeBuoy />}
        px={{ base: 'xs', sm: 'md' }}
        rightSection={
          wide ? (
            <Kbd size="xs" aria-hidden="true">
              Alt+T
            </Kbd>
          ) : undefined
        }
        style={{ flexShrink: 0 }}
        data-testid="difficult-situation"
      >
        <Box component="span" visibleFrom="sm">
          {t('button')}
        </Box>
      </Button>
      <Modal
        opened={opened}
        onClose={protocol.close}
        fullScreen
        title={t('protocol.title')}
        closeButtonProps={{ 'aria-label': t('protocol.close') }}
        styles={{ title: { fontSize: '1.5rem', fontWeight: 700 } }}
        transitionProps={{ duration: 0 }}
      >
        <DifficultSituationProtocol onLeave={protocol.close} headingOrder={3} />
      </Modal>
    </>
  );
}
