import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** Mantine's close buttons carry no text, so each dialog and notification names its own. */
export function useCloseButtonProps() {
  const { t } = useTranslation();
  return { 'aria-label': t('close') };
}

export function useNotifySuccess() {
  const closeButtonProps = useCloseButtonProps();
  return (message: string) => notifications.show({ color: 'green', message, closeButtonProps });
}
