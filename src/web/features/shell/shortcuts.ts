/** Global shortcuts, listed in the help dialog; each feature adds its own here. */
export interface Shortcut {
  keys: string[];
  labelKey: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['?'], labelKey: 'shortcuts.help' },
  { keys: ['Alt', 'H'], labelKey: 'shortcuts.home' },
  { keys: ['Alt', 'L'], labelKey: 'interactions:shortcuts.log' },
  { keys: ['L'], labelKey: 'interactions:shortcuts.logShort' },
  { keys: ['Alt', 'A'], labelKey: 'assistant:shortcuts.open' },
  { keys: ['Alt', 'T'], labelKey: 'incidents:shortcuts.protocol' },
  { keys: ['Ctrl', 'K'], labelKey: 'search:shortcuts.palette' },
  { keys: ['/'], labelKey: 'search:shortcuts.paletteSlash' },
  { keys: ['Esc'], labelKey: 'shortcuts.close' },
  { keys: ['N'], labelKey: 'admin:shortcuts.newUser' },
  { keys: ['N'], labelKey: 'admin:shortcuts.newBranch' },
  { keys: ['N'], labelKey: 'practices:shortcuts.new' },
  { keys: ['E'], labelKey: 'practices:shortcuts.edit' },
  { keys: ['P'], labelKey: 'practices:shortcuts.print' },
  { keys: ['H'], labelKey: 'practices:shortcuts.history' },
  { keys: ['Ctrl', 'S'], labelKey: 'practices:shortcuts.save' },
];
