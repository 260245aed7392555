import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

const relacja: MantineColorsTuple = [
  '#e8f4f1',
  '#d2e8e2',
  '#a6d1c5',
  '#77b9a7',
  '#4fa48d',
  '#38977f',
  '#2f8a73',
  '#2a7a66',
  '#24695a',
  '#1b5247',
];

export const theme = createTheme({
  primaryColor: 'relacja',
  primaryShade: 7,
  colors: { relacja },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif',
  defaultRadius: 'md',
  fontSizes: { xs: '0.8125rem', sm: '0.9375rem', md: '1rem', lg: '1.125rem', xl: '1.3125rem' },
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
});

/** Mantine's default dimmed grey fails WCAG AA contrast on white; this one passes. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#575e66', '--mantine-color-placeholder': '#6b737b' },
  dark: {},
});
