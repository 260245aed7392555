import { Alert, Anchor, Badge, Button, Group, Kbd, List, Loader, Stack, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../ui/error-state.tsx';
import { useLogContact } from '../interactions/log-contact-context.tsx';
import { useReportOpened } from '../search/use-search-queries.ts';
import { type FlowAction, type FlowState, needsDiagnosis, needsReferral, type StepId } from './assistant-flow.ts';
import type { Suggestion } from './assistant-plan.ts';
import { AssistantReferrals } from './assistant-referrals.tsx';
import { FirstPractice } from './first-practice.tsx';
import { useAssistantSuggestions } from './use-assistant-suggestions.ts';

export const RESULT_HEADING_ID = 'assistant-result-heading';

interface AssistantResultProps {
  state: FlowState;
  headingRef: Ref<HTMLHeadingElement>;
  dispatch: (action: FlowAction) => void;
  onOpenDifficult: () => void;
}

function useAnswers(state: FlowState): string[] {
  const { t } = useTranslation('assistant');
  const single: [StepId, string | null][] = [
    ['need', state.need],
    ['attitude', state.attitude],
    ['clarity', state.clarity],
    ['means', state.means],
  ];
  const answers = single.flatMap(([step, value]) => (value ? [t(`option.${step}.${value}`)] : []));
  return [...answers, ...state.returns.map((value) => t(`option.return.${value}`))];
}

/** A new practice for what the assistant could not answer, started with what the librarian told it. */
function newPracticeHref(state: FlowState): string {
  const params = new URLSearchParams();
  if (state.text.trim()) params.set('title', state.text.trim());
  if (state.need) params.set('needs', state.need);
  if (state.attitude) params.set('attitudes', state.attitude);
  const search = params.toString();
  return `/practices/new${search ? `?${search}` : ''}`;
}

function OtherSuggestions({ items, onOpen }: { items: readonly Suggestion[]; onOpen: (suggestion: Suggestion) => void }) {
  const { t } = useTranslation('assistant');
  if (items.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby="assistant-others-title" gap="xs">
      <Title order={3} size="h4" id="assistant-others-title">
        {t('result.others')}
      </Title>
      <List type="ordered" spacing="sm" start={2} withPadding>
        {items.map((item) => (
          <List.Item key={item.id}>
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/practices/${item.slug}`} onClick={() => onOpen(item)} fw={600}>
                {item.title}
              </Anchor>
              <Badge variant="light" color="gray" size="sm" tt="none">
                {t(`result.reason.${item.reason}`)}
              </Badge>
            </Group>
            {item.summary && (
              <Text size="sm" lineClamp={2}>
                {item.summary}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** The ranked practices with the best one read inline, referrals when needed, and the contact to log. */
export function AssistantResult({ state, headingRef, dispatch, onOpenDifficult }: AssistantResultProps) {
  const { t } = useTranslation('assistant');
  const result = useAssistantSuggestions(state, true);
  const reportOpened = useReportOpened();
  const logContact = useLogContact();
  const answers = useAnswers(state);
  const [first, ...others] = result.suggestions;

  const report = (practiceId: string) => {
    const answer = result.searchAnswer;
    if (answer?.response.results.some((item) => item.id === practiceId)) reportOpened(answer, practiceId);
  };
  const open = (suggestion: Suggestion) => {
    dispatch({ type: 'use', practice: suggestion });
    report(suggestion.id);
  };
  const log = () => {
    const used = state.used ?? (first ? { id: first.id, title: first.title } : null);
    if (used) report(used.id);
    logContact.open({
      ...(state.need ? { needs: [state.need] } : {}),
      ...(state.attitude ? { attitude: state.attitude } : {}),
      ...(used ? { practiceIds: [used.id], practices: [used] } : {}),
      returnSuggestions: state.returns,
    });
  };

  return (
    <Stack component="section" aria-labelledby={RESULT_HEADING_ID} gap="md">
      <Title order={2} size="h3" id={RESULT_HEADING_ID} ref={headingRef} tabIndex={-1} className="assistant-heading">
        {t('result.title')}
      </Title>
      <Text size="sm">{t('result.summary', { answers: answers.length > 0 ? answers.join(' · ') : t('result.nothingChosen') })}</Text>
      {state.attitude === 'aggressive' && (
        <Button color="indigo.8" variant="outline" onClick={onOpenDifficult} style={{ alignSelf: 'flex-start' }}>
          {t('difficult.reminder')}
        </Button>
      )}
      {needsDiagnosis(state) && <Alert color="blue">{t('result.diagnosisFirst')}</Alert>}
      <Text aria-live="polite" fw={500}>
        {result.loading ? t('result.loading') : t('result.count', { count: result.suggestions.length })}
      </Text>
      {result.loading && result.suggestions.length === 0 && <Loader size="sm" aria-hidden="true" />}
      {result.error !== null && <ErrorState error={result.error} />}
      {!result.loading && result.error === null && !first && (
        <Alert color="yellow" title={t('result.empty')}>
          <Stack gap="xs">
            <Text size="sm">{t('result.emptyHint')}</Text>
            <Anchor component={Link} to={newPracticeHref(state)}>
              {t('result.createPractice')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {first && <FirstPractice key={first.id} suggestion={first} onOpen={open} />}
      <OtherSuggestions items={others} onOpen={open} />
      {needsReferral(state) && <AssistantReferrals need={state.need} />}
      <Group gap="sm">
        <Button onClick={log} data-testid="assistant-log-contact">
          {t('result.logContact')}
        </Button>
        <Button
          variant="default"
          onClick={() => dispatch({ type: 'back' })}
          aria-keyshortcuts="Escape"
          leftSection={
            <Kbd size="xs" aria-hidden="true">
              Esc
            </Kbd>
          }
        >
          {t('back')}
        </Button>
        <Button variant="subtle" onClick={() => dispatch({ type: 'reset' })}>
          {t('restart')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('result.logHint')}
      </Text>
    </Stack>
  );
}
