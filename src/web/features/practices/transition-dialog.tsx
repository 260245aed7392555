import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Practice } from '../../../shared/practices.schema.ts';
import { useErrorMessage } from '../../ui/error-state.tsx';
import type { TransitionName } from './practices.api.ts';
import { useTransitionMutation } from './use-practice-queries.ts';

interface TransitionDialogProps {
  practice: Pick<Practice, 'id' | 'title'>;
  /** The version the action applies to: the practice's, or the one a review queue item names. */
  version: number;
  name: TransitionName;
  onClose: () => void;
  onDone?: (practice: Practice) => void;
}

/** Confirms one workflow step; returning always asks why, the others take an optional comment. */
export function TransitionDialog({ practice, version, name, onClose, onDone }: TransitionDialogProps) {
  const { t } = useTranslation('practices');
  const describe = useErrorMessage();
  const transition = useTransitionMutation();
  const [comment, setComment] = useState('');
  const required = name === 'return';
  const blank = comment.trim() === '';
  return (
    <Modal opened onClose={onClose} title={t(`workflow.${name}.title`)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (required && blank) return;
          transition.mutate([practice.id, name, version, comment.trim()], {
            onSuccess: (saved) => {
              onDone?.(saved);
              onClose();
            },
          });
        }}
      >
        <Stack>
          <Text>{t(`workflow.${name}.body`, { title: practice.title })}</Text>
          <Textarea
            label={t(required ? 'workflow.commentRequired' : 'workflow.comment')}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            required={required}
            maxLength={2000}
            autosize
            minRows={2}
            data-autofocus
          />
          {transition.error && (
            <Alert color="red" role="alert">
              {describe(transition.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button
              type="submit"
              loading={transition.isPending}
              disabled={required && blank}
              color={name === 'archive' ? 'red.9' : undefined}
            >
              {t(`workflow.${name}.confirm`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
