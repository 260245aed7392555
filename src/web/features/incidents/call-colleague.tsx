import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALERT_MESSAGE_MAX, type AlertReceipt } from '../../../shared/incidents.schema.ts';
import { useErrorMessage } from '../../ui/error-state.tsx';
import { useFormat } from '../../ui/format.ts';
import { PersonalDataHint, personalDataIn } from './personal-data-hint.tsx';
import { useSendAlertMutation } from './use-incident-queries.ts';

export interface CallColleagueProps {
  branchId: string | null;
  onSent: (receipt: AlertReceipt) => void;
  /** 2 on the protocol page, 3 inside the dialog (whose title is the level-2 heading). */
  order: 2 | 3;
}

/** One tap notifies the colleagues of the branch who have Relacja open; the message is optional. */
export function CallColleague({ branchId, onSent, order }: CallColleagueProps) {
  const { t } = useTranslation('incidents');
  const titleId = useId();
  const describe = useErrorMessage();
  const format = useFormat();
  const [message, setMessage] = useState('');
  const send = useSendAlertMutation();
  const blocked = personalDataIn(message).refused.length > 0;
  const receipt = send.data;

  const call = () => {
    if (branchId === null || blocked) return;
    send.mutate({ branchId, message: message.trim() }, { onSuccess: onSent });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={order} id={titleId}>
        {t('protocol.call.title')}
      </Title>
      <Button
        size="xl"
        color="indigo.8"
        className="protocol-call"
        onClick={call}
        loading={send.isPending}
        disabled={branchId === null || blocked}
        data-autofocus
      >
        {t('protocol.call.button')}
      </Button>
      <TextInput
        label={t('protocol.call.message')}
        description={t('protocol.call.messageHint')}
        value={message}
        maxLength={ALERT_MESSAGE_MAX}
        onChange={(event) => setMessage(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') call();
        }}
      />
      <PersonalDataHint text={message} id={`${titleId}-privacy`} />
      <div role="status" aria-live="polite">
        {receipt && (
          <Alert color={receipt.notified > 0 ? 'teal' : 'orange'} variant="light">
            <Text fw={700} size="lg">
              {t('protocol.call.notified', { count: receipt.notified })}
            </Text>
            <Text size="sm">{t('protocol.call.sentAt', { branch: receipt.branchName, time: format.dateTime(receipt.sentAt) })}</Text>
            {receipt.notified === 0 && <Text mt="xs">{t('protocol.call.nobody')}</Text>}
          </Alert>
        )}
        {send.error && (
          <Alert color="red" role="alert">
            {describe(send.error)}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
