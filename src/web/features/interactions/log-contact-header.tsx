import { Box, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLogContact } from './log-contact-context.tsx';

/** A page with a plus: a new entry. Decorative; the button carries the name. */
function IconNote() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
      <path d="M14 3H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9z" />
      <path d="M14 3v6h6M12 12v6M9 15h6" />
    </svg>
  );
}

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
      <Button
        size="compact-sm"
        onClick={() => open()}
        aria-keyshortcuts="Alt+L"
        aria-label={t('header.log')}
        leftSection={<IconNote />}
        px={{ base: 6, sm: 'sm' }}
        style={{ flexShrink: 0 }}
      >
        <Box component="span" visibleFrom="sm">
          {t('header.log')}
        </Box>
      </Button>
    </Group>
  );
}
