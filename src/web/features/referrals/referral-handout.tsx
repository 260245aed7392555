import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Referral } from '../../../shared/referrals.schema.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { useFormat } from '../../ui/format.ts';
import { useSession } from '../auth/use-session.ts';
import { toQuery, useReferralFilters } from './use-referral-filters.ts';
import { useReferralsQuery } from './use-referral-queries.ts';
import './referrals.css';

function HandoutEntry({ referral }: { referral: Referral }) {
  const { t } = useTranslation('referrals');
  const lines: [string, string][] = [
    [t('fields.address'), referral.address],
    [t('fields.hours'), referral.hours],
    [t('fields.phone'), referral.phone],
    [t('fields.website'), referral.website],
  ];
  return (
    <li className="handout-entry">
      <h2 className="handout-name">{referral.name}</h2>
      <p className="handout-category">{t(`category.${referral.category}`)}</p>
      <dl className="handout-details">
        {lines
          .filter(([, value]) => value !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {referral.note && <p className="handout-note">{referral.note}</p>}
    </li>
  );
}

/** A clean sheet for readers: plain text (no links to click on paper), the same filters as the directory. */
export function ReferralHandout() {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const { user } = useSession();
  const { state, search } = useReferralFilters(user.branchIds.length > 0 ? 'mine' : 'all');
  const list = useReferralsQuery(toQuery(state));
  const title = t('handout.title');
  useEffect(() => {
    document.title = `${title} · ${t('common:appName')}`;
  }, [title, t]);

  return (
    <Stack gap="md">
      <Group className="no-print" gap="sm">
        <Button onClick={() => window.print()} disabled={!list.data || list.data.total === 0}>
          {t('handout.print')}
        </Button>
        <Button component={Link} to={`/referrals${search ? `?${search}` : ''}`} variant="default">
          {t('handout.back')}
        </Button>
      </Group>
      <Alert className="no-print" color="gray">
        {t('handout.intro')}
      </Alert>
      {list.isPending && <Loader aria-label={t('common:loading')} />}
      {list.error && <ErrorState error={list.error} />}
      {list.data && (
        <section className="handout" aria-labelledby="handout-title">
          <h1 id="handout-title" className="handout-title">
            {title}
          </h1>
          <p className="handout-lead">{t('handout.lead')}</p>
          {list.data.total === 0 ? <Text>{t('list.empty')}</Text> : null}
          <ol className="handout-list">
            {list.data.items.map((referral) => (
              <HandoutEntry key={referral.id} referral={referral} />
            ))}
          </ol>
          <p className="handout-footer">{t('handout.footer', { date: format.date(new Date().toISOString()) })}</p>
        </section>
      )}
    </Stack>
  );
}
