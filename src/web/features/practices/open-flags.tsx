import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Flag } from '../../../shared/practices.schema.ts';
import { useFormat } from '../../ui/format.ts';
import { IconFlag } from './icons.tsx';

/** Comments readers' helpers left at the point of use; each is resolved on its practice's page. */
export function OpenFlags({ flags }: { flags: readonly Flag[] }) {
  const { t } = useTranslation('practices');
  const format = useFormat();
  return (
    <List spacing="sm" listStyleType="none">
      {flags.map((flag) => (
        <List.Item key={flag.id} icon={<IconFlag />}>
          <Anchor component={Link} to={`/practices/${flag.practice.slug}`} fw={600}>
            {flag.practice.title}
          </Anchor>
          <Text>{flag.comment}</Text>
          <Text size="sm" c="dimmed">
            {t('stats.flagMeta', { name: flag.user?.name ?? t('stats.someone'), date: format.dateTime(flag.createdAt) })}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
