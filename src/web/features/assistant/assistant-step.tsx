import { Button, Group, Kbd, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type Ref, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { chosenOn, type FlowAction, type FlowState, optionKey, STEP_OPTIONS, STEPS, type StepId } from './assistant-flow.ts';

export const STEP_HEADING_ID = 'assistant-step-heading';

function KeyHint({ keys }: { keys: string }) {
  return (
    <Kbd size="xs" aria-hidden="true">
      {keys}
    </Kbd>
  );
}

interface OptionProps {
  step: StepId;
  value: string;
  index: number;
  chosen: boolean;
  onChoose: () => void;
}

function OptionButton({ step, value, index, chosen, onChoose }: OptionProps) {
  const { t } = useTranslation('assistant');
  const key = optionKey(index);
  return (
    <Button
      variant={chosen ? 'filled' : 'default'}
      size="md"
      justify="flex-start"
      aria-pressed={chosen}
      aria-keyshortcuts={key ?? undefined}
      leftSection={key ? <KeyHint keys={key} /> : <span className="assistant-no-key" />}
      onClick={onChoose}
      data-option={value}
      styles={{ label: { whiteSpace: 'normal', textAlign: 'left' }, root: { height: 'auto', minHeight: 44, paddingBlock: 8 } }}
    >
      {t(`option.${step}.${value}`)}
    </Button>
  );
}

/**
 * Shown at once when the reader is aggressive: safety comes before the remaining questions. The
 * protocol's button takes the focus, so Enter opens it; continuing is one Tab away.
 */
function DifficultOffer({ onOpen, onContinue }: { onOpen: () => void; onContinue: () => void }) {
  const { t } = useTranslation('assistant');
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <Paper withBorder p="md" radius="md" role="alert" className="assistant-difficult" aria-labelledby="assistant-difficult-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="assistant-difficult-title">
          {t('difficult.title')}
        </Title>
        <Text>{t('difficult.body')}</Text>
        <Group>
          <Button
            ref={button}
            color="indigo.8"
            onClick={onOpen}
            rightSection={<KeyHint keys="Enter" />}
            data-testid="assistant-open-difficult"
          >
            {t('difficult.open')}
          </Button>
          <Button variant="default" onClick={onContinue}>
            {t('difficult.continue')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

interface AssistantStepProps {
  state: FlowState;
  step: StepId;
  headingRef: Ref<HTMLHeadingElement>;
  dispatch: (action: FlowAction) => void;
  onOpenDifficult: () => void;
}

/** One question: its answers with their number keys, then back and on (or skip). */
export function AssistantStep({ state, step, headingRef, dispatch, onOpenDifficult }: AssistantStepProps) {
  const { t } = useTranslation('assistant');
  const chosen = chosenOn(state, step);
  const last = step === 'return';
  const nextLabel = last ? t('showResult') : chosen.length > 0 ? t('next') : t('skip');
  return (
    <Stack component="section" aria-labelledby={STEP_HEADING_ID} gap="sm">
      <Title order={2} size="h3" id={STEP_HEADING_ID} ref={headingRef} tabIndex={-1} className="assistant-heading">
        <Text component="span" inherit c="dimmed" fw={500}>
          {t('progress', { step: state.step + 1, total: STEPS.length })}{' '}
        </Text>
        {t(`step.${step}`)}
      </Title>
      <Text size="sm">{t(`stepHint.${step}`)}</Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" role="group" aria-labelledby={STEP_HEADING_ID}>
        {STEP_OPTIONS[step].map((value, index) => (
          <OptionButton
            key={value}
            step={step}
            value={value}
            index={index}
            chosen={chosen.includes(value)}
            onChoose={() => dispatch({ type: 'choose', value })}
          />
        ))}
      </SimpleGrid>
      {state.offerDifficult && <DifficultOffer onOpen={onOpenDifficult} onContinue={() => dispatch({ type: 'next' })} />}
      <Group gap="sm">
        <Button
          variant="default"
          onClick={() => dispatch({ type: 'back' })}
          disabled={state.step === 0}
          aria-keyshortcuts="Escape"
          leftSection={<KeyHint keys="Esc" />}
        >
          {t('back')}
        </Button>
        <Button
          variant={last || chosen.length > 0 ? 'filled' : 'light'}
          onClick={() => dispatch({ type: 'next' })}
          aria-keyshortcuts="Enter"
          rightSection={<KeyHint keys="Enter" />}
          data-testid="assistant-next"
        >
          {nextLabel}
        </Button>
        {state.step > 0 && (
          <Button variant="subtle" onClick={() => dispatch({ type: 'reset' })}>
            {t('restart')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
