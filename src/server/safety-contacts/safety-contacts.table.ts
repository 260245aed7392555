import type { SafetyContactKind } from '../../shared/safety-contacts.schema.ts';

export interface BranchSafetyContactsTable {
  id: string;
  branch_id: string;
  position: number;
  kind: SafetyContactKind;
  label: string;
  phone: string;
  note: string;
  updated_at: string;
  updated_by: string | null;
}
