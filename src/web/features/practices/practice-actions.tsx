import { Button, Group, Kbd } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Practice } from '../../../shared/practices.schema.ts';
import { useErrorMessage } from '../../ui/error-state.tsx';
import { IconPrint } from './icons.tsx';
import type { TransitionName } from './practices.api.ts';
import { DeleteDraftDialog } from './delete-draft-dialog.tsx';
import { TransitionDialog } from './transition-dialog.tsx';
import { downloadText } from './download.ts';
import { useExportOneMutation, useVerifyMutation } from './use-practice-queries.ts';

const TRANSITIONS: readonly TransitionName[] = ['submit', 'publish', 'return', 'archive', 'unarchive'];

/** The workflow buttons the API says this user may use now, plus print and history for everyone. */
export function PracticeActions({ practice }: { practice: Practice }) {
  const { t } = useTranslation('practices');
  const navigate = useNavigate();
  const describe = useErrorMessage();
  const verify = useVerifyMutation();
  const markdown = useExportOneMutation();
  const [dialog, setDialog] = useState<TransitionName | null>(null);
  const [deleting, setDeleting] = useState(false);
  const { actions, slug } = practice;
  const editPath = actions.edit ? `/practices/${slug}/edit` : actions.propose ? `/practices/${slug}/propose` : null;

  useHotkeys([
    ['e', () => editPath && navigate(editPath)],
    ['p', () => window.print()],
    ['h', () => navigate(`/practices/${slug}/history`)],
  ]);

  const onVerify = () =>
    verify.mutate([practice.id], {
      onSuccess: () => notifications.show({ color: 'relacja', message: t('workflow.verified') }),
      onError: (error) => notifications.show({ color: 'red', message: describe(error) }),
    });

  const onMarkdown = () =>
    markdown.mutate(practice.id, {
      onSuccess: ({ text }) => downloadText(text, `${slug}.md`, 'text/markdown'),
      onError: (error) => notifications.show({ color: 'red', message: describe(error) }),
    });

  return (
    <Group gap="xs" wrap="wrap" className="no-print">
      {actions.edit && (
        <Button
          component={Link}
          to={`/practices/${slug}/edit`}
          aria-keyshortcuts="E"
          rightSection={
            <Kbd size="xs" aria-hidden="true" visibleFrom="sm">
              E
            </Kbd>
          }
        >
          {t('actions.edit')}
        </Button>
      )}
      {actions.propose && (
        <Button component={Link} to={`/practices/${slug}/propose`} variant={actions.edit ? 'light' : 'filled'}>
          {t(practice.pendingProposal ? 'actions.editProposal' : 'actions.propose')}
        </Button>
      )}
      {TRANSITIONS.filter((name) => actions[name]).map((name) => (
        <Button
          key={name}
          variant={name === 'archive' ? 'outline' : 'light'}
          color={name === 'archive' ? 'red.9' : undefined}
          onClick={() => setDialog(name)}
        >
          {t(`workflow.${name}.button`)}
        </Button>
      ))}
      {actions.deleteDraft && (
        <Button variant="outline" color="red.9" onClick={() => setDeleting(true)}>
          {t('workflow.deleteDraft.button')}
        </Button>
      )}
      {actions.verify && (
        <Button variant="light" onClick={onVerify} loading={verify.isPending}>
          {t('actions.verify')}
        </Button>
      )}
      <Button
        variant="default"
        leftSection={<IconPrint />}
        onClick={() => window.print()}
        aria-keyshortcuts="P"
        rightSection={
          <Kbd size="xs" aria-hidden="true" visibleFrom="sm">
            P
          </Kbd>
        }
      >
        {t('actions.print')}
      </Button>
      <Button
        variant="default"
        component={Link}
        to={`/practices/${slug}/history`}
        aria-keyshortcuts="H"
        rightSection={
          <Kbd size="xs" aria-hidden="true" visibleFrom="sm">
            H
          </Kbd>
        }
      >
        {t('actions.history')}
      </Button>
      <Button variant="default" onClick={onMarkdown} loading={markdown.isPending}>
        {t('actions.markdown')}
      </Button>
      {deleting && <DeleteDraftDialog practice={practice} onClose={() => setDeleting(false)} />}
      {dialog && <TransitionDialog practice={practice} version={practice.version} name={dialog} onClose={() => setDialog(null)} />}
    </Group>
  );
}
