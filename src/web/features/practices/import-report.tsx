import { Badge, Group, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportLine, ImportReport } from '../../../shared/practices.schema.ts';

const ACTION_COLORS = { create: 'relacja', update: 'blue', unchanged: 'gray', reject: 'red' } as const;

function LineErrors({ line }: { line: ImportLine }) {
  if (line.errors.length === 0) return null;
  return (
    <List size="sm" spacing={2}>
      {line.errors.map((error) => (
        <List.Item key={`${error.field}-${error.code}`}>
          {error.field && (
            <Text span fw={600} size="sm">
              {error.field}:{' '}
            </Text>
          )}
          {error.message}
        </List.Item>
      ))}
    </List>
  );
}

/** What an import will do (or did), line by line, with the field of every error. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation('practices');
  return (
    <>
      <Group gap="md" aria-live="polite">
        <Text fw={600}>{t('import.created', { count: report.created })}</Text>
        <Text fw={600}>{t('import.updated', { count: report.updated })}</Text>
        <Text fw={600}>{t('import.unchanged', { count: report.unchanged })}</Text>
        <Text fw={600} c={report.rejected > 0 ? 'red.9' : undefined}>
          {t('import.rejected', { count: report.rejected })}
        </Text>
      </Group>
      {report.fileErrors.length > 0 && (
        <List c="red.9">
          {report.fileErrors.map((error) => (
            <List.Item key={`${error.field}-${error.code}`}>{error.message}</List.Item>
          ))}
        </List>
      )}
      {report.lines.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Caption>{t(report.dryRun ? 'import.previewCaption' : 'import.resultCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('import.line')}</Table.Th>
                <Table.Th scope="col">{t('import.id')}</Table.Th>
                <Table.Th scope="col">{t('fields.title')}</Table.Th>
                <Table.Th scope="col">{t('import.action')}</Table.Th>
                <Table.Th scope="col">{t('import.errors')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.lines.map((line) => (
                <Table.Tr key={`${line.line}-${line.id ?? ''}`}>
                  <Table.Th scope="row">{line.line}</Table.Th>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{line.id ?? '—'}</Table.Td>
                  <Table.Td>{line.title ?? '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Badge color={ACTION_COLORS[line.action]} variant="light" radius="sm">
                      {t(`import.actions.${line.action}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <LineErrors line={line} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
