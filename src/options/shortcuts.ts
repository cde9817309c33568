/** The extension's keyboard shortcuts, as commands.getAll() reports them, in the cashier's words. */
import { t } from '../shared/i18n';

export interface ShortcutRow {
  name: string;
  what: string;
  /** The binding now, e.g. "Alt+Shift+P"; empty when the cashier removed it or none was given. */
  keys: string;
}

interface Command {
  name?: string;
  shortcut?: string;
}

const WORDS: Record<string, () => string> = {
  _execute_action: () => t('command_open_counter'),
  'open-side-panel': () => t('command_open_side_panel'),
  _execute_sidebar_action: () => t('command_open_side_panel'),
};

export function shortcutRows(commands: readonly Command[]): ShortcutRow[] {
  return commands.flatMap((command) => {
    const words = command.name ? WORDS[command.name] : undefined;
    return command.name && words ? [{ name: command.name, what: words(), keys: command.shortcut ?? '' }] : [];
  });
}
