import { Button, Kbd, Modal } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { DifficultSituationProtocol } from './difficult-situation-protocol.tsx';

/** Always in the header: opens the protocol at once, also with Alt+T while typing in a field. */
export function DifficultSituationButton() {
  const { t } = useTranslation('incidents');
  const [opened, protocol] = useDisclosure(false);
  useHotkeys([['alt+t', protocol.open, { usePhysicalKeys: true }]], []);

  return (
    <>
      <Button
        color="indigo.8"
        onClick={protocol.open}
        aria-keyshortcuts="Alt+T"
        aria-haspopup="dialog"
        rightSection={
          <Kbd size="xs" visibleFrom="md" aria-hidden="true">
            Alt+T
          </Kbd>
        }
        style={{ flexShrink: 0 }}
        data-testid="difficult-situation"
      >
        {t('button')}
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
        <DifficultSituationProtocol onLeave={protocol.close} />
      </Modal>
    </>
  );
}
