import { ActionIcon, Button, Group, Stack, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { type KeyboardEvent, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconAdd, IconDown, IconRemove, IconUp } from './icons.tsx';
import type { ListField } from './editor-model.ts';

interface ListFieldEditorProps {
  field: ListField;
  values: readonly string[];
  onChange: (values: string[]) => void;
  maxLength: number;
  error?: (index: number) => string | undefined;
}

type FocusTarget = () => HTMLElement | null | undefined;

let nextId = 0;
const newId = () => `item-${++nextId}`;

/** Stable keys for the items, so focus and typed text follow an item when it moves. */
function useItemIds(length: number) {
  const [ids, setIds] = useState<string[]>(() => Array.from({ length }, newId));
  if (ids.length !== length) {
    const fitted = ids.slice(0, length);
    while (fitted.length < length) fitted.push(newId());
    setIds(fitted);
    return { ids: fitted, setIds };
  }
  return { ids, setIds };
}

function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

/**
 * A list of short texts (steps, phrasings, signals): add, remove and reorder with buttons or from the keyboard —
 * Enter adds the next item, Alt+↑/↓ moves one, Backspace in an empty item removes it.
 */
export function ListFieldEditor({ field, values, onChange, maxLength, error }: ListFieldEditorProps) {
  const { t } = useTranslation('practices');
  const { ids, setIds } = useItemIds(values.length);
  const fields = useRef(new Map<string, HTMLTextAreaElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<FocusTarget | null>(null);
  const focusLater = (target: FocusTarget) => {
    pendingFocus.current = target;
  };
  // Focus moves in the same commit as the change, so keys typed right after Enter land in the new item.
  useLayoutEffect(() => {
    const element = pendingFocus.current?.();
    if (!element) return;
    pendingFocus.current = null;
    element.focus();
  });
  const label = (index: number) => t(`editor.item.${field}`, { n: index + 1 });
  const [announcement, setAnnouncement] = useState('');

  const insert = (at: number) => {
    const id = newId();
    onChange([...values.slice(0, at), '', ...values.slice(at)]);
    setIds([...ids.slice(0, at), id, ...ids.slice(at)]);
    focusLater(() => fields.current.get(id));
  };
  const remove = (index: number) => {
    const neighbour = ids[index + 1] ?? ids[index - 1];
    onChange(values.filter((_, i) => i !== index));
    setIds(ids.filter((_, i) => i !== index));
    setAnnouncement(t('editor.removed', { item: label(index) }));
    focusLater(() => (neighbour ? fields.current.get(neighbour) : addButton.current));
  };
  const move = (index: number, to: number, focus: FocusTarget) => {
    if (to < 0 || to >= values.length) return;
    onChange(moved(values, index, to));
    setIds(moved(ids, index, to));
    setAnnouncement(t('editor.moved', { item: label(to) }));
    focusLater(focus);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>, index: number, id: string) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      insert(index + 1);
    } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(index, event.key === 'ArrowUp' ? index - 1 : index + 1, () => fields.current.get(id));
    } else if (event.key === 'Backspace' && values[index] === '' && values.length > 0) {
      event.preventDefault();
      remove(index);
    }
  };

  return (
    <>
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
      <Stack gap="xs" component="ol" className="list-field" p={0} m={0} style={{ listStyle: 'none' }}>
        {values.length === 0 && (
          <Text size="sm" c="dimmed" component="li">
            {t('editor.listEmpty')}
          </Text>
        )}
        {values.map((value, index) => {
          const id = ids[index] ?? `${field}-${index}`;
          return (
            <Group key={id} component="li" gap="xs" align="flex-start" wrap="wrap" className="list-field-item">
              <Text fw={700} w="1.75rem" ta="right" pt={6} aria-hidden="true">
                {index + 1}.
              </Text>
              <Textarea
                ref={(element) => {
                  if (element) fields.current.set(id, element);
                  else fields.current.delete(id);
                }}
                aria-label={label(index)}
                value={value}
                onChange={(event) => onChange(values.map((item, i) => (i === index ? event.currentTarget.value : item)))}
                onKeyDown={(event) => onKeyDown(event, index, id)}
                maxLength={maxLength}
                error={error?.(index)}
                autosize
                minRows={1}
                style={{ flex: '1 1 14rem' }}
              />
              <Group gap={2} wrap="nowrap" pt={4}>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('editor.moveUp', { item: label(index) })}
                  disabled={index === 0}
                  onClick={(event) => {
                    const button = event.currentTarget;
                    move(index, index - 1, () => (index - 1 === 0 ? fields.current.get(id) : button));
                  }}
                >
                  <IconUp size={18} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('editor.moveDown', { item: label(index) })}
                  disabled={index === values.length - 1}
                  onClick={(event) => {
                    const button = event.currentTarget;
                    move(index, index + 1, () => (index + 1 === values.length - 1 ? fields.current.get(id) : button));
                  }}
                >
                  <IconDown size={18} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  aria-label={t('editor.remove', { item: label(index) })}
                  onClick={() => remove(index)}
                >
                  <IconRemove size={18} />
                </ActionIcon>
              </Group>
            </Group>
          );
        })}
        <li>
          <Button ref={addButton} variant="light" size="sm" leftSection={<IconAdd size={18} />} onClick={() => insert(values.length)}>
            {t(`editor.add.${field}`)}
          </Button>
        </li>
      </Stack>
    </>
  );
}
