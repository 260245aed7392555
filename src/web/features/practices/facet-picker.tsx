import { Chip, Fieldset, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface FacetPickerProps<T extends string> {
  legend: string;
  /** The i18n key prefix of the values' labels (`channel`, `attitude`, `need`). */
  labels: string;
  values: readonly T[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
}

/** A group of toggle chips (checkboxes underneath: Tab moves between them, Space toggles one). */
export function FacetPicker<T extends string>({ legend, labels, values, selected, onChange }: FacetPickerProps<T>) {
  const { t } = useTranslation('practices');
  return (
    <Fieldset legend={legend} variant="unstyled" styles={{ legend: { fontWeight: 600 } }}>
      <Chip.Group multiple value={[...selected]} onChange={(next) => onChange(values.filter((value) => next.includes(value)))}>
        <Group gap="xs" mt={4}>
          {values.map((value) => (
            <Chip key={value} value={value} variant="outline">
              {t(`${labels}.${value}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Fieldset>
  );
}
