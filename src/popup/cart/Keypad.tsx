import { t } from '../../shared/i18n';
import { decimalMark } from '../../ui/decimal-mark';
import type { KeypadKey } from './useCart';

const ROWS: KeypadKey[][] = [
  ['7', '8', '9'],
  ['4', '5', '6'],
  ['1', '2', '3'],
  ['00', '0', 'mark'],
];

interface KeypadProps {
  onKey: (key: KeypadKey) => void;
  onEnter: () => void;
  disabled: boolean;
}

/** Digits, 00, the locale's decimal mark, ⌫ and Enter as large buttons for a touch screen. */
export function Keypad({ onKey, onEnter, disabled }: KeypadProps) {
  const mark = decimalMark();
  return (
    <div class="keypad" role="group" aria-label={t('keypad_label')}>
      {ROWS.flat().map((key) => (
        <button key={key} type="button" class="keypad-key" onClick={() => onKey(key)}>
          {key === 'mark' ? mark : key}
        </button>
      ))}
      <button type="button" class="keypad-key keypad-back" aria-label={t('keypad_backspace')} onClick={() => onKey('back')}>
        <span aria-hidden="true">⌫</span>
      </button>
      <button type="button" class="keypad-key keypad-enter primary" onClick={onEnter} disabled={disabled}>
        {t('keypad_enter')}
      </button>
    </div>
  );
}
