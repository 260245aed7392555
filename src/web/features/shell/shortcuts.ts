/** Global shortcuts, listed in the help dialog; each feature adds its own here. */
export interface Shortcut {
  keys: string[];
  labelKey: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['?'], labelKey: 'shortcuts.help' },
  { keys: ['Alt', 'H'], labelKey: 'shortcuts.home' },
  { keys: ['Esc'], labelKey: 'shortcuts.close' },
  { keys: ['N'], labelKey: 'admin:shortcuts.newUser' },
  { keys: ['N'], labelKey: 'admin:shortcuts.newBranch' },
];
