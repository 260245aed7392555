import { Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BranchChoice } from './branch-choice.tsx';
import { CallColleague } from './call-colleague.tsx';
import { useCurrentBranch } from './current-branch.ts';
import { ProtocolPractices } from './protocol-practices.tsx';
import { SafetyContactList } from './safety-contact-list.tsx';
import './incidents.css';

/** The de-escalation protocol: call a colleague, the branch's safety contacts, then the steps to follow. */
export function DifficultSituationProtocol({ onLeave, headingOrder }: { onLeave?: () => void; headingOrder: 2 | 3 }) {
  const { t } = useTranslation('incidents');
  const branch = useCurrentBranch();
  const [alertId, setAlertId] = useState<string | null>(null);
  const afterLink = `/difficult-situation/after${alertId ? `?alert=${alertId}` : ''}`;

  return (
    <Stack gap="xl" maw={1100} mx="auto" w="100%">
      <Text className="protocol-lead">{t('protocol.lead')}</Text>
      <BranchChoice branch={branch} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <CallColleague branchId={branch.branchId} onSent={(receipt) => setAlertId(receipt.id)} order={headingOrder} />
        <SafetyContactList branchId={branch.branchId} order={headingOrder} />
      </SimpleGrid>
      <ProtocolPractices onNavigate={onLeave} order={headingOrder} />
      <Button component={Link} to={afterLink} onClick={onLeave} variant="light" color="blue" size="md" style={{ alignSelf: 'flex-start' }}>
        {t('protocol.after')}
      </Button>
    </Stack>
  );
}
