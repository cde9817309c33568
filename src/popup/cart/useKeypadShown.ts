import { useEffect, useState } from 'preact/hooks';
import type { KeypadChoice } from '../../shared/settings-schema';

const TOUCH = '(pointer: coarse)';

/** Whether New order shows the keypad: the setting, and for 'auto' whether the screen is touch. */
export function useKeypadShown(choice: KeypadChoice): boolean {
  const [touch, setTouch] = useState(() => choice === 'auto' && matchMedia(TOUCH).matches);
  useEffect(() => {
    if (choice !== 'auto') return;
    const query = matchMedia(TOUCH);
    const follow = () => setTouch(query.matches);
    follow();
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [choice]);
  return choice === 'on' || (choice === 'auto' && touch);
}
