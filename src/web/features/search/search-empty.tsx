import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reportGapHref } from './search-params.ts';

/** Nothing found is a gap in the base: offer to start the practice that is missing. */
export function NoResults({ query, onNavigate }: { query: string; onNavigate?: () => void }) {
  const { t } = useTranslation('search');
  return (
    <Stack gap="xs" align="flex-start" py="sm">
      <Text fw={600}>{t('empty.title', { query })}</Text>
      <Text size="sm">{t('empty.body')}</Text>
      <Button component={Link} to={reportGapHref(query)} onClick={onNavigate} variant="light">
        {t('empty.report')}
      </Button>
    </Stack>
  );
}

export function DidYouMean({ suggestion, onChoose }: { suggestion: string; onChoose: (suggestion: string) => void }) {
  const { t } = useTranslation('search');
  return (
    <Text size="sm">
      {t('didYouMean')}{' '}
      <Anchor component="button" type="button" fw={600} onClick={() => onChoose(suggestion)} style={{ verticalAlign: 'baseline' }}>
        {suggestion}
      </Anchor>
    </Text>
  );
}
