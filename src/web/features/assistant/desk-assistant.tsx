import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { personalDataKinds } from '../../../shared/personal-data.ts';
import { DifficultSituationProtocol } from '../incidents/difficult-situation-protocol.tsx';
import { chosenOn, type FlowAction, type FlowState, RESULT_STEP, STEP_OPTIONS, STEPS, stepId, TEXT_MAX_LENGTH } from './assistant-flow.ts';
import { AssistantResult } from './assistant-result.tsx';
import { AssistantStep } from './assistant-step.tsx';
import { useAssistantFlow } from './use-assistant-flow.ts';
import { useAssistantKeys } from './use-assistant-keys.ts';
import './assistant.css';

/** The five answers so far; each jumps back to its question. */
function AnswerTrail({ state, dispatch }: { state: FlowState; dispatch: (action: FlowAction) => void }) {
  const { t } = useTranslation('assistant');
  return (
    <Group component="ol" gap={6} className="assistant-trail" aria-label={t('answers')}>
      {STEPS.map((step, index) => {
        const chosen = chosenOn(state, step);
        const answer = chosen.length > 0 ? chosen.map((value) => t(`option.${step}.${value}`)).join(', ') : t('answerSkipped');
        const visited = index < state.step || chosen.length > 0;
        return (
          <li key={step}>
            <Button
              size="compact-sm"
              variant={index === state.step ? 'light' : 'subtle'}
              color={visited ? undefined : 'gray'}
              aria-current={index === state.step ? 'step' : undefined}
              onClick={() => dispatch({ type: 'goto', step: index })}
            >
              {visited ? t('answerItem', { question: t(`short.${step}`), answer }) : t(`short.${step}`)}
            </Button>
          </li>
        );
      })}
    </Group>
  );
}

function DescriptionField({ state, dispatch }: { state: FlowState; dispatch: (action: FlowAction) => void }) {
  const { t } = useTranslation('assistant');
  const personal = personalDataKinds(state.text).length > 0;
  return (
    <TextInput
      label={t('description.label')}
      description={t('description.hint')}
      value={state.text}
      maxLength={TEXT_MAX_LENGTH}
      error={personal ? t('description.personalData') : undefined}
      onChange={(event) => dispatch({ type: 'text', text: event.currentTarget.value })}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && state.step < RESULT_STEP) {
          event.preventDefault();
          dispatch({ type: 'next' });
        }
        if (event.key === 'Escape') {
          event.preventDefault();
          dispatch({ type: 'back' });
        }
      }}
      data-testid="assistant-description"
    />
  );
}

/** Moves focus to the new step's heading, so a screen reader announces the question. */
function useFocusOnStepChange(step: number) {
  const heading = useRef<HTMLHeadingElement>(null);
  const previous = useRef(step);
  useEffect(() => {
    if (previous.current !== step) heading.current?.focus();
    previous.current = step;
  }, [step]);
  return heading;
}

/** Diagnosing the reader's need in five skippable questions, keyboard first, leading to practices. */
export function DeskAssistant() {
  const { t } = useTranslation('assistant');
  const [state, dispatch] = useAssistantFlow();
  const [difficultOpened, difficult] = useDisclosure(false);
  const heading = useFocusOnStepChange(state.step);
  const step = stepId(state.step);

  useAssistantKeys(
    {
      onOption: (index) => {
        const value = step ? STEP_OPTIONS[step][index] : undefined;
        if (value) dispatch({ type: 'choose', value });
      },
      onNext: () => {
        if (step) dispatch({ type: 'next' });
      },
      onBack: () => dispatch({ type: 'back' }),
    },
    difficultOpened,
  );

  return (
    <Stack gap="md" className="desk-assistant">
      <Text>{t('intro')}</Text>
      <Text size="sm" c="dimmed">
        {t('keysHint')}
      </Text>
      <AnswerTrail state={state} dispatch={dispatch} />
      {step ? (
        <AssistantStep state={state} step={step} headingRef={heading} dispatch={dispatch} onOpenDifficult={difficult.open} />
      ) : (
        <AssistantResult state={state} headingRef={heading} dispatch={dispatch} onOpenDifficult={difficult.open} />
      )}
      <DescriptionField state={state} dispatch={dispatch} />
      <Modal
        opened={difficultOpened}
        onClose={difficult.close}
        fullScreen
        title={t('difficult.modalTitle')}
        closeButtonProps={{ 'aria-label': t('difficult.close') }}
        styles={{ title: { fontSize: '1.5rem', fontWeight: 700 } }}
        transitionProps={{ duration: 0 }}
      >
        <DifficultSituationProtocol onLeave={difficult.close} headingOrder={3} />
      </Modal>
    </Stack>
  );
}
