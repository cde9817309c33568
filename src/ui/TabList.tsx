import { useRef } from 'preact/hooks';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
}

interface Props<T extends string> {
  tabs: readonly TabSpec<T>[];
  tab: T;
  onChange: (tab: T) => void;
  /** The tab list's accessible name. */
  label: string;
  class: string;
  /** Only the selected tab is on the Tab order (roving tabindex); otherwise every tab is. */
  roving?: boolean;
}

/**
 * A row of tabs: arrows, Home and End switch as the ARIA tabs pattern has it. Each tab
 * controls the element `panel-<id>` and is itself `tab-<id>`.
 */
export function TabList<T extends string>({ tabs, tab, onChange, label, class: className, roving = false }: Props<T>) {
  const refs = useRef<Partial<Record<T, HTMLButtonElement | null>>>({});
  const move = (to: T) => {
    onChange(to);
    refs.current[to]?.focus();
  };
  return (
    <div
      class={className}
      role="tablist"
      aria-label={label}
      onKeyDown={(e) => {
        const i = tabs.findIndex((t) => t.id === tab);
        const to =
          e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(i + tabs.length - 1) % tabs.length] : e.key === 'Home' ? tabs[0] : e.key === 'End' ? tabs[tabs.length - 1] : undefined;
        if (to) {
          e.preventDefault();
          move(to.id);
        }
      }}
    >
      {tabs.map((t) => (
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
          {...(roving ? { tabIndex: tab === t.id ? 0 : -1 } : {})}
          onClick={() => onChange(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
