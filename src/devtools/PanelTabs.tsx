import { useRef } from 'preact/hooks';

export type PanelTab = 'verify' | 'events';
const TABS: { id: PanelTab; label: string }[] = [
  { id: 'verify', label: 'Verify & sign' },
  { id: 'events', label: 'Events' },
];

/** The panel's tabs (Events in sandbox mode only): arrows, Home and End as the ARIA tabs pattern has it. */
export function PanelTabs({ tab, onChange }: { tab: PanelTab; onChange: (tab: PanelTab) => void }) {
  const refs = useRef<Partial<Record<PanelTab, HTMLButtonElement | null>>>({});
  const move = (to: PanelTab) => {
    onChange(to);
    refs.current[to]?.focus();
  };
  return (
    <div
      class="panel-tabs"
      role="tablist"
      aria-label="Panel sections"
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
          tabIndex={tab === t.id ? 0 : -1}
          onClick={() => onChange(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
