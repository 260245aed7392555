import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type ColleagueAlertEvent, STAFF_EVENT_NAME, StaffEventSchema } from '../../../shared/events.schema.ts';
import { useFormat } from '../../ui/format.ts';
import { SESSION_KEY, useSession } from '../auth/use-session.ts';
import './incidents.css';

/** After the stream ends for good (signed out, server gone), try again this much later. */
const RECONNECT_MS = 15_000;

function parseEvent(data: unknown): ColleagueAlertEvent | undefined {
  try {
    const parsed = StaffEventSchema.safeParse(JSON.parse(String(data)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function useShowAlert() {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  return (event: ColleagueAlertEvent) => {
    const title = t('alert.title', { name: event.sender.name, branch: event.branch.name });
    notifications.show({
      id: event.id,
      title,
      message: (
        <>
          {event.message && (
            <Text size="md" fw={600}>
              {event.message}
            </Text>
          )}
          <Text size="sm">{t('alert.time', { time: format.dateTime(event.sentAt) })}</Text>
        </>
      ),
      autoClose: false,
      withBorder: true,
      color: 'indigo',
      className: 'colleague-alert',
      role: 'alert',
      'aria-live': 'assertive',
      closeButtonProps: { 'aria-label': t('alert.dismiss', { title }) },
    });
  };
}

/** Listens once per signed-in browser tab for calls for a colleague and shows them until dismissed. */
export function StaffEventsListener() {
  const { user } = useSession();
  const client = useQueryClient();
  const show = useShowAlert();
  const showRef = useRef(show);
  showRef.current = show;

  // Until the one-time password is replaced, the API answers nothing else (the stream included).
  const listening = !user.mustChangePassword;
  useEffect(() => {
    if (!listening) return;
    let source: EventSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const connect = () => {
      source = new EventSource('/api/events');
      source.addEventListener(STAFF_EVENT_NAME, (message) => {
        const event = parseEvent(message.data);
        if (event) showRef.current(event);
      });
      source.onerror = () => {
        if (source?.readyState !== EventSource.CLOSED) return;
        retry = setTimeout(() => {
          void client.invalidateQueries({ queryKey: SESSION_KEY });
          connect();
        }, RECONNECT_MS);
      };
    };
    connect();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, [client, listening]);

  return null;
}
