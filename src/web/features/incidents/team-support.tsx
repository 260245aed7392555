import { Alert, Button, Card, Group, Loader, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, useErrorMessage } from '../../ui/error-state.tsx';
import { useFormat } from '../../ui/format.ts';
import { TableScroll } from '../../ui/table-scroll.tsx';
import { useCompleteTalkRequestMutation, useIncidentCountsQuery, useTalkRequestsQuery } from './use-incident-queries.ts';

const DAY_MS = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

function CountsTable() {
  const { t } = useTranslation('incidents');
  const [period, setPeriod] = useState({ from: isoDay(Date.now() - 29 * DAY_MS), to: isoDay(Date.now()) });
  const counts = useIncidentCountsQuery(period);
  const columns = ['incidents', 'alerts', 'talkRequests'] as const;
  return (
    <Stack gap="sm" component="section" aria-labelledby="counts-title">
      <Title order={2} size="h3" id="counts-title">
        {t('team.countsTitle')}
      </Title>
      <Text size="sm">{t('team.countsIntro')}</Text>
      <Group>
        <TextInput
          type="date"
          label={t('team.from')}
          value={period.from}
          max={period.to}
          onChange={(e) => setPeriod({ ...period, from: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('team.to')}
          value={period.to}
          min={period.from}
          onChange={(e) => setPeriod({ ...period, to: e.currentTarget.value })}
        />
      </Group>
      {counts.isPending && <Loader aria-label={t('common:loading')} />}
      {counts.error && <ErrorState error={counts.error} />}
      {counts.data && (
        <TableScroll label={t('team.countsTitle')} minWidth={520}>
          <Table striped>
            <Table.Caption>{t('team.caption', { from: counts.data.from, to: counts.data.to })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('team.branch')}</Table.Th>
                {columns.map((column) => (
                  <Table.Th key={column} scope="col" ta="right">
                    {t(`team.${column}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {counts.data.branches.map((row) => (
                <Table.Tr key={row.branchId}>
                  <Table.Th scope="row" fw={500}>
                    {row.branchName}
                  </Table.Th>
                  {columns.map((column) => (
                    <Table.Td key={column} ta="right">
                      {row[column]}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}

function TalkRequests() {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const describe = useErrorMessage();
  const [state, setState] = useState<'open' | 'done'>('open');
  const requests = useTalkRequestsQuery(state);
  const complete = useCompleteTalkRequestMutation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="talk-title">
      <Title order={2} size="h3" id="talk-title">
        {t('team.talkTitle')}
      </Title>
      <Text size="sm">{t('team.talkIntro')}</Text>
      <SegmentedControl
        value={state}
        onChange={(value) => setState(value === 'done' ? 'done' : 'open')}
        data={[
          { value: 'open', label: t('team.open') },
          { value: 'done', label: t('team.done') },
        ]}
        aria-label={t('team.talkFilter')}
        style={{ alignSelf: 'flex-start' }}
      />
      {requests.isPending && <Loader aria-label={t('common:loading')} />}
      {requests.error && <ErrorState error={requests.error} />}
      {complete.error && (
        <Alert color="red" role="alert">
          {describe(complete.error)}
        </Alert>
      )}
      {requests.data?.items.length === 0 && <Text>{state === 'open' ? t('team.noOpen') : t('team.noDone')}</Text>}
      {requests.data?.items.map((request) => (
        <Card key={request.id} withBorder component="article" aria-label={t('team.requestLabel', { name: request.requester.name })}>
          <Group justify="space-between">
            <Stack gap={2}>
              <Text fw={600}>{t('team.request', { name: request.requester.name, branch: request.branchName })}</Text>
              <Text size="sm">{format.dateTime(request.createdAt)}</Text>
              {request.doneAt && (
                <Text size="sm">{t('team.doneBy', { name: request.doneBy?.name ?? '', date: format.dateTime(request.doneAt) })}</Text>
              )}
            </Stack>
            {!request.doneAt && (
              <Button
                onClick={() => complete.mutate(request.id)}
                loading={complete.isPending && complete.variables === request.id}
                aria-label={t('team.markDoneLabel', { name: request.requester.name })}
              >
                {t('team.markDone')}
              </Button>
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

/** For managers: how many difficult situations per branch, and who asked to talk; never notes or tension. */
export function TeamSupport() {
  return (
    <Stack gap="xl">
      <TalkRequests />
      <CountsTable />
    </Stack>
  );
}
