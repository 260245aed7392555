import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.status === 0) return t('errors.network');
      if (error.problem) return error.problem.detail;
    }
    return t('errors.unexpected');
  };
}

export function ErrorState({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const title = error instanceof ApiError && error.problem ? error.problem.title : t('errors.title');
  return (
    <Alert color="red" title={title} role="alert" m="md">
      {message(error)}
    </Alert>
  );
}
