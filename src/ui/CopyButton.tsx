import { useEffect, useState } from 'react';

export interface CopyButtonProps {
  /** What is copied, as in `Copy signature`; read by screen readers. */
  readonly label: string;
  readonly text: string;
  readonly disabled?: boolean;
}

/** Copies exactly `text` and says so for a moment; says why when the browser refuses. */
export function CopyButton({ label, text, disabled = false }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 1500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <button type="button" className="copy" onClick={copy} disabled={disabled} aria-label={label}>
      <span aria-live="polite">
        {state === 'copied'
          ? 'Copied'
          : state === 'failed'
            ? 'Copy blocked: select and copy'
            : 'Copy'}
      </span>
    </button>
  );
}
