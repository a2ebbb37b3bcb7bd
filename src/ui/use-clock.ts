import { useEffect } from 'react';

/** Calls `onTick` with the time now, at once and then every second, while `active`. */
export function useClock(active: boolean, onTick: (epochMs: number) => void) {
  useEffect(() => {
    if (!active) return;
    onTick(Date.now());
    const timer = setInterval(() => onTick(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active, onTick]);
}
