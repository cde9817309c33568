import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { copyText } from '../../ui/copy';

/** A button that copies `text` and says so for a moment (also to screen readers). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <>
      <button type="button" onClick={async () => setState((await copyText(text)) ? 'copied' : 'failed')}>
        {label}
      </button>
      <span class="copy-status" role="status">
        {state === 'copied' ? t('common_copied') : state === 'failed' ? t('common_copy_failed') : ''}
      </span>
    </>
  );
}
