import { useRef } from 'preact/hooks';

export type Tab = 'create' | 'orders';
const TABS: { id: Tab; label: string }[] = [
  { id: 'create', label: 'New order' },
  { id: 'orders', label: 'Orders' },
];

/** The two tabs: arrows, Home and End switch as the ARIA tabs pattern has it, and both are also on the Tab order. */
export function Tabs({ tab, onChange }: { tab: Tab; onChange: (tab: Tab) => void }) {
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const move = (to: Tab) => {
    onChange(to);
    refs.current[to]?.focus();
  };
  return (
    <div
      class="tabs"
      role="tablist"
      aria-label="Views"
      onKeyDown={(e) => {
        const i = TABS.findIndex((t) => t.id === tab);
        const to =
          e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : undefined;
        if (to) {
          e.preventDefault();
          move(to.id);
        }
      }}
    >
      {TABS.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={`tab-${t.id}`}
          ref={(el) => {
            refs.current[t.id] = el;
          }}
          aria-selected={tab === t.id}
          aria-controls={`panel-${t.id}`}
          onClick={() => onChange(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
