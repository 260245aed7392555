import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLogContact } from './log-contact-context.tsx';

/** The app header's way in (for the mouse and the touch screen at the desk) and the count of contacts waiting for the network. */
export function LogContactHeader() {
  const { t } = useTranslation('interactions');
  const { open, pending, sendPending } = useLogContact();
  return (
    <Group gap="xs" wrap="nowrap">
      <div aria-live="polite" role="status">
        {pending > 0 && (
          <Button variant="default" size="compact-sm" onClick={sendPending} title={t('queue.sendNow')} data-testid="pending-contacts">
            {t('queue.pending', { count: pending })}
          </Button>
        )}
      </div>
      <Button size="compact-sm" onClick={() => open()} aria-keyshortcuts="Alt+L">
        {t('header.log')}
      </Button>
    </Group>
  );
}
