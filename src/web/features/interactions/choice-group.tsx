import { Chip, Fieldset, Group, Text } from '@mantine/core';
import { useId } from 'react';

const legendStyles = { legend: { fontWeight: 600 } };

interface ChoiceProps<T extends string> {
  legend: string;
  hint?: string;
  values: readonly T[];
  label: (value: T) => string;
  error?: string | undefined;
}

/** Toggle chips (checkboxes underneath: Tab moves between them, Space toggles one). */
export function MultiChoice<T extends string>(
  props: ChoiceProps<T> & { selected: readonly T[]; onChange: (next: T[]) => void; autoFocus?: boolean },
) {
  const hintId = useId();
  return (
    <Fieldset
      legend={props.legend}
      variant="unstyled"
      styles={legendStyles}
      aria-describedby={props.hint || props.error ? hintId : undefined}
    >
      <Chip.Group
        multiple
        value={[...props.selected]}
        onChange={(next) => props.onChange(props.values.filter((value) => next.includes(value)))}
      >
        <Group gap="xs" mt={4}>
          {props.values.map((value, index) => (
            <Chip key={value} value={value} variant="outline" data-autofocus={props.autoFocus && index === 0 ? true : undefined}>
              {props.label(value)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <ChoiceHint id={hintId} hint={props.hint} error={props.error} />
    </Fieldset>
  );
}

/** One of several chips (radios underneath: arrow keys move the choice). */
export function SingleChoice<T extends string>(props: ChoiceProps<T> & { selected: T; onChange: (next: T) => void }) {
  const hintId = useId();
  return (
    <Fieldset
      legend={props.legend}
      variant="unstyled"
      styles={legendStyles}
      aria-describedby={props.hint || props.error ? hintId : undefined}
    >
      <Chip.Group
        value={props.selected}
        onChange={(next) => {
          const value = props.values.find((candidate) => candidate === next);
          if (value !== undefined) props.onChange(value);
        }}
      >
        <Group gap="xs" mt={4}>
          {props.values.map((value) => (
            <Chip key={value} value={value} variant="outline">
              {props.label(value)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <ChoiceHint id={hintId} hint={props.hint} error={props.error} />
    </Fieldset>
  );
}

function ChoiceHint({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  if (!hint && !error) return null;
  return (
    <Text id={id} size="sm" mt={4} c={error ? 'red.9' : 'dimmed'} role={error ? 'alert' : undefined}>
      {error ?? hint}
    </Text>
  );
}
