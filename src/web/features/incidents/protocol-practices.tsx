import { Accordion, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../ui/error-state.tsx';
import { useProtocolPracticesQuery } from './use-incident-queries.ts';

/** The team's own practices for aggressive or distressed readers, as short, large steps; the first is open. */
export function ProtocolPractices({ onNavigate, order }: { onNavigate?: () => void; order: 2 | 3 }) {
  const { t } = useTranslation('incidents');
  const titleId = useId();
  const practices = useProtocolPracticesQuery();
  const first = practices.data?.[0]?.id;
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={order} id={titleId}>
        {t('protocol.practices.title')}
      </Title>
      {practices.isPending && <Loader size="sm" aria-label={t('common:loading')} />}
      {practices.error && <ErrorState error={practices.error} />}
      {practices.data?.length === 0 && <Text>{t('protocol.practices.none')}</Text>}
      {first && (
        <Accordion variant="separated" defaultValue={first} chevronPosition="left">
          {practices.data?.map((practice) => (
            <Accordion.Item key={practice.id} value={practice.id}>
              <Accordion.Control>
                <Text component="span" fw={700} size="lg">
                  {practice.title}
                </Text>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  {practice.summary && <Text size="lg">{practice.summary}</Text>}
                  <ol className="protocol-steps">
                    {practice.steps.map((step) => (
                      <li key={step}>{step}</li>
                    ))}
                  </ol>
                  {practice.say.length > 0 && (
                    <Stack gap={4}>
                      <Text fw={700}>{t('protocol.practices.say')}</Text>
                      {practice.say.map((line) => (
                        <p key={line} className="protocol-say">
                          {line}
                        </p>
                      ))}
                    </Stack>
                  )}
                  <Anchor component={Link} to={`/practices/${practice.slug}`} onClick={onNavigate}>
                    {t('protocol.practices.open', { title: practice.title })}
                  </Anchor>
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}
