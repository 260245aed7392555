import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateInteractionInput, InteractionDefaults } from '../../../shared/interactions.schema.ts';
import { useSession } from '../auth/use-session.ts';
import { useErrorMessage } from '../../ui/error-state.tsx';
import { ContactForm } from './contact-form.tsx';
import { type ContactFormValues, formProblems, initialValues, valuesOf } from './contact-form-model.ts';
import type { DialogRequest } from './log-contact-context.tsx';
import { useBranchOptionsQuery, useDefaultsQuery, usePracticeOptionsQuery } from './use-interaction-queries.ts';
import { useSubmitContact } from './use-submit-contact.ts';

const FALLBACK_DEFAULTS: InteractionDefaults = { branchId: null, channel: 'desk' };

interface Props {
  request: DialogRequest;
  onClose: () => void;
  enqueue: (input: CreateInteractionInput) => void;
}

function useOptions(request: DialogRequest) {
  const { user } = useSession();
  const branches = useBranchOptionsQuery();
  const practices = usePracticeOptionsQuery();
  const mine = (branches.data ?? []).filter((branch) => user.role === 'admin' || user.branchIds.includes(branch.id));
  const known = new Map((practices.data?.items ?? []).map((practice) => [practice.id, practice.title]));
  for (const practice of [...(request.prefill?.practices ?? []), ...(request.editing?.practices ?? [])])
    known.set(practice.id, practice.title);
  return {
    branches: mine.map((branch) => ({ value: branch.id, label: branch.name })),
    practices: [...known].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'pl')),
  };
}

function DialogForm({ request, onClose, enqueue, start }: Props & { start: ContactFormValues }) {
  const { t } = useTranslation('interactions');
  const describe = useErrorMessage();
  const [values, setValues] = useState(start);
  const [tried, setTried] = useState(false);
  const options = useOptions(request);
  const submit = useSubmitContact({ clientId: request.clientId, editing: request.editing, enqueue });
  const problems = formProblems(values, new Date());
  // The other problems are shown beside their fields; these two belong to the warning under the note.
  const notePrivacyProblems = problems.filter((problem) => problem === 'note_personal_data' || problem === 'note_phone');
  const save = () => {
    setTried(true);
    if (problems.length === 0 && !submit.isPending) submit.mutate(values, { onSuccess: onClose });
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          save();
        }
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('dialog.intro')}
        </Text>
        <ContactForm
          values={values}
          onChange={(patch) => setValues((was) => ({ ...was, ...patch }))}
          branches={options.branches}
          practices={options.practices}
          problems={tried ? problems : problems.filter((problem) => problem === 'note_personal_data')}
          defaultsDiffer={!request.editing && (values.branchId !== start.branchId || values.channel !== start.channel)}
          detailsOpen={Boolean(request.editing || request.prefill?.practiceIds?.length || request.prefill?.returnSuggestions?.length)}
        />
        {tried && notePrivacyProblems.length > 0 && (
          <Alert color="red" role="alert">
            {notePrivacyProblems.map((problem) => t(`problems.${problem}`)).join(' ')}
          </Alert>
        )}
        {submit.error && (
          <Alert color="red" role="alert">
            {describe(submit.error)}
          </Alert>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('dialog.saveHint')}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={submit.isPending}>
              {request.editing ? t('dialog.saveChanges') : t('dialog.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

export function LogContactDialog({ request, onClose, enqueue }: Props) {
  const { t } = useTranslation('interactions');
  const defaults = useDefaultsQuery();
  const ready = defaults.data ?? (defaults.isError ? FALLBACK_DEFAULTS : undefined);
  return (
    <Modal
      opened
      onClose={onClose}
      title={request.editing ? t('dialog.editTitle') : t('dialog.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common:close') }}
    >
      {ready ? (
        <DialogForm
          request={request}
          onClose={onClose}
          enqueue={enqueue}
          start={request.editing ? valuesOf(request.editing) : initialValues(ready, request.prefill)}
        />
      ) : (
        <Loader aria-label={t('common:loading')} />
      )}
    </Modal>
  );
}
