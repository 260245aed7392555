import { type CSSVariablesResolver, createTheme, Drawer, type MantineColorsTuple, Modal, Notification } from '@mantine/core';

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

const baseTheme = {
  primaryColor: 'relacja',
  primaryShade: 7,
  colors: { relacja },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif',
  defaultRadius: 'md',
  fontSizes: { xs: '0.8125rem', sm: '0.9375rem', md: '1rem', lg: '1.125rem', xl: '1.3125rem' },
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
} as const;

/** Close buttons of dialogs and notifications need a name in the user's language for screen readers. */
export function buildTheme(closeLabel: string) {
  const closeButtonProps = { 'aria-label': closeLabel };
  return createTheme({
    ...baseTheme,
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps } }),
    },
  });
}

/**
 * Mantine's default greys and the text of its light/subtle variants (yellow, orange, red, …) fail
 * WCAG AA contrast on white and on their own light backgrounds; these darker shades pass.
 */
const ACCESSIBLE_TEXT: Record<string, string> = {
  red: '#b02525',
  orange: '#a8440b',
  yellow: '#7a5200',
  green: '#1e6b2f',
  teal: '#0b6b5a',
  blue: '#1c5fa8',
  grape: '#7d2a8f',
  violet: '#5635b0',
  gray: '#495057',
};

function accessibleColorVariables(): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [color, text] of Object.entries(ACCESSIBLE_TEXT)) {
    variables[`--mantine-color-${color}-text`] = text;
    variables[`--mantine-color-${color}-light-color`] = text;
    variables[`--mantine-color-${color}-outline`] = text;
  }
  return variables;
}

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#575e66',
    '--mantine-color-placeholder': '#6b737b',
    '--mantine-color-error': '#b02525',
    ...accessibleColorVariables(),
  },
  dark: {},
});
