import { BarChart } from '@mantine/charts';
import { Paper, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChartRow {
  label: string;
  count: number;
}

interface Props {
  title: string;
  hint?: string;
  rows: readonly ChartRow[];
  /** Long category names read better as horizontal bars. */
  horizontal?: boolean;
  height?: number;
}

/** A bar chart for the eye and the same numbers as a table for everyone else (screen readers, keyboard, print). */
export function StatsChart({ title, hint, rows, horizontal = false, height = 240 }: Props) {
  const { t, i18n } = useTranslation('interactions');
  const titleId = useId();
  const top = rows.reduce<ChartRow | undefined>((best, row) => (row.count > (best?.count ?? 0) ? row : best), undefined);
  const summary = top ? t('stats.chartSummary', { top: top.label, count: top.count }) : t('stats.empty');
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId} mb={hint ? 2 : 'sm'}>
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed" mb="sm">
          {hint}
        </Text>
      )}
      <div role="img" aria-label={t('stats.chartLabel', { title, summary })}>
        <BarChart
          h={horizontal ? Math.max(height, rows.length * 28) : height}
          data={rows.map((row) => ({ ...row }))}
          dataKey="label"
          orientation={horizontal ? 'vertical' : 'horizontal'}
          series={[{ name: 'count', label: t('stats.count'), color: 'relacja.7' }]}
          withTooltip={false}
          gridAxis={horizontal ? 'x' : 'y'}
          yAxisProps={horizontal ? { width: 170 } : { allowDecimals: false }}
          xAxisProps={horizontal ? { allowDecimals: false } : {}}
          valueFormatter={(value) => number.format(value)}
        />
      </div>
      <details>
        <summary>{t('stats.dataTable', { title })}</summary>
        <Table mt="xs" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('stats.category')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('stats.count')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Th scope="row" fw={400}>
                  {row.label}
                </Table.Th>
                <Table.Td ta="right">{number.format(row.count)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </details>
    </Paper>
  );
}
