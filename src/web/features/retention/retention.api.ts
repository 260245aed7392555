import { RetentionSettingsSchema } from '../../../shared/retention.schema.ts';
import { api } from '../../api/client.ts';

export const fetchRetention = () => api('/api/settings/retention', RetentionSettingsSchema);
export const saveRetention = (days: number) => api('/api/settings/retention', RetentionSettingsSchema, { method: 'PUT', body: { days } });
