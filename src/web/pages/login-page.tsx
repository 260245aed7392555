import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { useLoginMutation, useSessionQuery } from '../features/auth/use-session.ts';
import { LanguageToggle } from '../ui/language-toggle.tsx';
import { useErrorMessage } from '../ui/error-state.tsx';

function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const session = useSessionQuery();
  const login = useLoginMutation();
  const errorMessage = useErrorMessage();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  useEffect(() => {
    document.title = `${t('login.title')} · ${t('appName')}`;
  }, [t]);

  if (session.data) return <Navigate to={safeNext(params.get('next'))} replace />;

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            login.mutate([email, password]);
          }}
        >
          <Stack>
            <div>
              <Title order={1} size="h2">
                {t('appName')}
              </Title>
              <Text c="dimmed">{t('login.tagline')}</Text>
            </div>
            {login.error && (
              <Alert color="red" role="alert" title={t('login.failed')}>
                {errorMessage(login.error)}
              </Alert>
            )}
            <TextInput
              label={t('login.email')}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              required
              autoFocus
            />
            <PasswordInput
              label={t('login.password')}
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              required
            />
            <Button type="submit" loading={login.isPending}>
              {t('login.submit')}
            </Button>
            <LanguageToggle />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
